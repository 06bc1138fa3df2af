/// A test that ran past its time bound.
struct TestTimedOut: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "the test step did not finish within \(seconds) s" }
}

/// Runs `body`, failing with ``TestTimedOut`` if it takes longer than `seconds`.
func withTimeout<T: Sendable>(
    seconds: Double = 20, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TestTimedOut(seconds: seconds) }
        return value
    }
}

/// Polls `condition` every few milliseconds until it holds or `seconds` pass; returns whether it held.
func eventually(seconds: Double = 10, _ condition: @Sendable () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let end = clock.now + .milliseconds(Int(seconds * 1000))
    while clock.now < end {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}

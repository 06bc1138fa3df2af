import Synchronization

/// Set once the mock server begins to shut down; open streams check it and stop.
final class MockShutdownFlag: Sendable {
    private let value = Atomic<Bool>(false)

    /// Whether shutdown has begun.
    var isSet: Bool { value.load(ordering: .relaxed) }

    /// Marks shutdown as begun.
    func set() { value.store(true, ordering: .relaxed) }
}

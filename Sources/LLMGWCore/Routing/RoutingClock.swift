/// The time source of the routing engine, injected so tests run without sleeping.
public protocol RoutingClock: Sendable {
    /// The time since an arbitrary fixed start.
    func now() -> Duration
    /// Waits for `duration` (or returns early when the task is cancelled).
    func sleep(for duration: Duration) async throws
}

/// The real clock: monotonic time and real sleeps.
public struct SystemRoutingClock: RoutingClock {
    private let start = ContinuousClock.now

    /// Creates the clock.
    public init() {}

    /// The time since this clock was made.
    public func now() -> Duration { ContinuousClock.now - start }

    /// Sleeps on the continuous clock.
    public func sleep(for duration: Duration) async throws {
        guard duration > .zero else { return }
        try await Task.sleep(for: duration)
    }
}

/// A token bucket: holds up to `capacity`, refills at `refillPerSecond`, and says how long to
/// wait when a take does not fit. Time is passed in, so it is tested without sleeping.
public struct TokenBucket: Sendable, Hashable {
    /// The most the bucket holds (the burst).
    public let capacity: Double
    /// Refill per second.
    public let refillPerSecond: Double
    /// What the bucket holds now (after the last update).
    public private(set) var available: Double
    private var updatedAt: Duration

    /// Creates a full bucket.
    /// - Parameters:
    ///   - perMinute: the sustained rate per minute; also the capacity.
    ///   - now: the current time.
    public init(perMinute: Double, now: Duration) {
        capacity = max(1, perMinute)
        refillPerSecond = max(1, perMinute) / 60
        available = capacity
        updatedAt = now
    }

    /// Refills for the time passed since the last update.
    public mutating func refill(now: Duration) {
        guard now > updatedAt else { return }
        available = min(capacity, available + (now - updatedAt).milliseconds / 1000 * refillPerSecond)
        updatedAt = now
    }

    /// How long until `amount` (capped at the capacity) is available; zero when it is now.
    public func wait(for amount: Double, now: Duration) -> Duration {
        var copy = self
        copy.refill(now: now)
        let needed = min(amount, capacity) - copy.available
        guard needed > 0 else { return .zero }
        return .milliseconds(Int64((needed / refillPerSecond * 1000).rounded(.up)))
    }

    /// Takes `amount` (capped at the capacity) if available now.
    /// - Returns: whether it was taken.
    public mutating func take(_ amount: Double, now: Duration) -> Bool {
        refill(now: now)
        let wanted = min(amount, capacity)
        guard available >= wanted else { return false }
        available -= wanted
        return true
    }
}

/// Exponential backoff with full jitter: the wait before retry `n` is uniform in
/// `0 … min(max, base · 2ⁿ)`, and never shorter than the provider's `Retry-After`.
public struct Backoff: Sendable, Hashable {
    /// The ceiling of the first retry's wait.
    public var base: Duration
    /// The largest ceiling.
    public var max: Duration

    /// Creates a backoff.
    public init(base: Duration = .milliseconds(500), max: Duration = .seconds(8)) {
        self.base = base
        self.max = max
    }

    /// The wait before retry number `retry` (0 for the first retry).
    /// - Parameters:
    ///   - retry: how many retries came before, from 0.
    ///   - retryAfter: the provider's requested wait, which is a floor.
    ///   - random: the jitter source.
    /// - Returns: the wait.
    public func delay(retry: Int, retryAfter: Duration? = nil, random: any RandomSource) -> Duration {
        let exponent = Swift.min(retry, 30)
        let ceiling = Swift.min(max.milliseconds, base.milliseconds * Double(1 << exponent))
        let jittered = Duration.milliseconds(Int64((ceiling * random.unit()).rounded()))
        guard let retryAfter else { return jittered }
        return Swift.max(jittered, retryAfter)
    }
}

/// A target's observed speed from the request log, weighted toward recent calls.
public struct LatencyStat: Sendable, Hashable {
    /// Decayed mean time to first token (or whole latency for unstreamed calls).
    public var ttft: Duration
    /// Decayed mean whole-call latency.
    public var latency: Duration
    /// Decayed mean output tokens per second, when known.
    public var tokensPerSecond: Double?
    /// How many calls the figures come from.
    public var samples: Int

    /// Creates a stat.
    public init(ttft: Duration, latency: Duration, tokensPerSecond: Double? = nil, samples: Int = 1) {
        self.ttft = ttft
        self.latency = latency
        self.tokensPerSecond = tokensPerSecond
        self.samples = samples
    }
}

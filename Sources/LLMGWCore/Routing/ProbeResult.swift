/// The outcome of one health probe of a target (`llmgw route check`).
public struct ProbeResult: Sendable, Hashable {
    /// `provider/model`.
    public var target: String
    /// Whether the target answered.
    public var healthy: Bool
    /// How long the probe took.
    public var latency: Duration
    /// The error class when it failed (`authentication`, `timeout`, …).
    public var errorClass: String?
    /// What happened, in words.
    public var message: String

    /// Creates a result.
    public init(target: String, healthy: Bool, latency: Duration, errorClass: String? = nil, message: String) {
        self.target = target
        self.healthy = healthy
        self.latency = latency
        self.errorClass = errorClass
        self.message = message
    }
}

/// The result of validating one key: where it came from, the verdict and how long it took.
public struct KeyCheck: Sendable, Hashable {
    /// The provider name.
    public var provider: String
    /// The key's name in the store; `nil` for a key from a variable.
    public var name: String?
    /// Where the key came from: `store`, or `env NAME`.
    public var source: String
    /// The key, masked.
    public var masked: String?
    /// The verdict.
    public var status: KeyCheckStatus
    /// The HTTP status of the probe, when one arrived.
    public var httpStatus: Int?
    /// How long the probe took.
    public var latency: Duration?
    /// What the provider or the transport said, redacted.
    public var message: String?

    /// Creates a check result.
    public init(
        provider: String, name: String?, source: String, masked: String?, status: KeyCheckStatus,
        httpStatus: Int? = nil, latency: Duration? = nil, message: String? = nil
    ) {
        self.provider = provider
        self.name = name
        self.source = source
        self.masked = masked
        self.status = status
        self.httpStatus = httpStatus
        self.latency = latency
        self.message = message
    }
}

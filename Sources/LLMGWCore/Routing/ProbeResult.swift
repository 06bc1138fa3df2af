/// The outcome of one health probe of a target (`llmgw route check`): the model-list check, then
/// the minimal completion.
public struct ProbeResult: Sendable, Hashable {
    /// `provider/model`.
    public var target: String
    /// Whether the target passed: listed (or the provider lists no models) and answered.
    public var healthy: Bool
    /// How long the probe took, list and completion together.
    public var latency: Duration
    /// The error class when it failed (`authentication`, `not_found`, `timeout`, …).
    public var errorClass: String?
    /// What the completion did, in words.
    public var message: String
    /// Whether the provider's model list has the model; `nil` when it was not known (the provider
    /// lists no models, or the list could not be read).
    public var listed: Bool?
    /// The model-list check in words (`listed (12 models)`, `not listed …`, `provider does not list models`).
    public var listMessage: String

    /// Creates a result.
    public init(
        target: String, healthy: Bool, latency: Duration, errorClass: String? = nil, message: String,
        listed: Bool? = nil, listMessage: String = "not checked"
    ) {
        self.target = target
        self.healthy = healthy
        self.latency = latency
        self.errorClass = errorClass
        self.message = message
        self.listed = listed
        self.listMessage = listMessage
    }
}

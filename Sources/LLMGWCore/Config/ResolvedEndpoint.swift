/// A model reference turned into everything needed to call it.
public struct ResolvedEndpoint: Sendable, Hashable {
    /// The canonical `provider/model` reference.
    public var reference: String
    /// Where and how to send the call, key included.
    public var endpoint: ProviderEndpoint
    /// Where the key came from.
    public var keySource: APIKeySource
    /// The config's `models:` entry for this reference, if any (price, context, capabilities).
    public var modelConfig: ModelConfig?
    /// The mock provider's behaviour, for ``ProviderKind/mock`` endpoints only.
    public var mock: MockBehavior?
    /// Whether nothing was configured and llmgw fell back to `mock/echo` (the CLI prints a note).
    public var usedMockFallback: Bool

    /// Creates a resolved endpoint.
    public init(
        reference: String, endpoint: ProviderEndpoint, keySource: APIKeySource = .none,
        modelConfig: ModelConfig? = nil, mock: MockBehavior? = nil, usedMockFallback: Bool = false
    ) {
        self.reference = reference
        self.endpoint = endpoint
        self.keySource = keySource
        self.modelConfig = modelConfig
        self.mock = mock
        self.usedMockFallback = usedMockFallback
    }
}

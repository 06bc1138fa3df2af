/// A prompt's tokens as the provider itself counted them, with its count-tokens endpoint.
public struct ProviderTokenCount: Sendable, Hashable {
    /// The provider's count.
    public var tokens: Int
    /// The endpoint that counted, for people (`anthropic count_tokens`).
    public var endpointName: String

    /// Creates a count.
    public init(tokens: Int, endpointName: String) {
        self.tokens = tokens
        self.endpointName = endpointName
    }
}

/// The adapter for each wire format.
public enum ProviderAdapters {
    /// The adapter that speaks `kind`'s wire format.
    /// - Parameter kind: the endpoint's provider kind; `.mock` speaks OpenAI Chat Completions.
    /// - Returns: a stateless adapter, safe to share.
    public static func adapter(for kind: ProviderKind) -> any ProviderAdapter {
        switch kind {
        case .openai, .mock: OpenAIChatAdapter()
        case .anthropic: AnthropicMessagesAdapter()
        case .gemini: GeminiAdapter()
        case .azure: AzureOpenAIAdapter()
        }
    }
}

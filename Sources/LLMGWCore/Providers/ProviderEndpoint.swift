/// Which wire format a provider speaks.
public enum ProviderKind: String, Sendable, Hashable, CaseIterable {
    /// OpenAI Chat Completions, and every OpenAI-compatible server.
    case openai
    /// Anthropic Messages.
    case anthropic
    /// Google Gemini generateContent.
    case gemini
    /// Azure OpenAI deployments (classic `api-version` URLs or the v1 API).
    case azure
    /// llmgw's own in-process mock, which speaks the OpenAI format without a network.
    case mock
}

/// Everything needed to send one model call: where, how, with which key, for which model.
public struct ProviderEndpoint: Sendable, Hashable {
    /// The provider's name in model references (`openai`, `groq`, `local`).
    public var provider: String
    public var kind: ProviderKind
    /// The API base URL, e.g. `https://api.openai.com/v1` (no trailing slash).
    public var baseURL: String
    /// The model as the provider names it (for Azure classic: the deployment).
    public var model: String
    public var apiKey: APIKey?
    /// Extra headers sent on every request (`OpenAI-Organization`, `HTTP-Referer`, …).
    public var extraHeaders: HTTPHeaders
    /// Azure's `api-version` query parameter; `nil` uses the v1 API.
    public var apiVersion: String?
    /// Whether this OpenAI-compatible server understands `stream_options.include_usage`.
    public var supportsStreamUsage: Bool

    public init(
        provider: String, kind: ProviderKind, baseURL: String, model: String, apiKey: APIKey? = nil,
        extraHeaders: HTTPHeaders = [:], apiVersion: String? = nil, supportsStreamUsage: Bool = true
    ) {
        self.provider = provider
        self.kind = kind
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.extraHeaders = extraHeaders
        self.apiVersion = apiVersion
        self.supportsStreamUsage = supportsStreamUsage
    }
}

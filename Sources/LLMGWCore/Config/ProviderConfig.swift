/// One entry under `providers:`: a custom provider, or overrides for a built-in preset of the same name.
public struct ProviderConfig: Sendable, Hashable {
    /// The wire format (`type`); `nil` when the entry only overrides a preset of the same name.
    public var kind: ProviderKind?
    /// The API base URL (`base_url`).
    public var baseURL: String?
    /// The NAME of the environment variable holding the key (`api_key_env`), never a key.
    public var apiKeyEnv: String?
    /// Extra headers sent on every request (`headers`).
    public var headers: [String: String]
    /// Azure's `api-version` (`api_version`).
    public var apiVersion: String?
    /// Whether to ask for usage in streams (`stream_usage`); `nil` keeps the preset's choice.
    public var streamUsage: Bool?
    /// Mock-provider behaviour (`tokens_per_second`, `latency`, `output_tokens`), for `type: mock` only.
    public var mock: MockBehavior?

    /// Creates a provider entry.
    public init(
        kind: ProviderKind? = nil, baseURL: String? = nil, apiKeyEnv: String? = nil, headers: [String: String] = [:],
        apiVersion: String? = nil, streamUsage: Bool? = nil, mock: MockBehavior? = nil
    ) {
        self.kind = kind
        self.baseURL = baseURL
        self.apiKeyEnv = apiKeyEnv
        self.headers = headers
        self.apiVersion = apiVersion
        self.streamUsage = streamUsage
        self.mock = mock
    }

    /// The accepted `type:` values.
    public static let typeNames = ["openai", "openai-compatible", "anthropic", "gemini", "azure", "mock"]

    /// The wire format for a `type:` value, or `nil` when unknown.
    /// - Parameter typeName: the value written in the file.
    /// - Returns: the kind (`openai-compatible` speaks ``ProviderKind/openai``).
    public static func kind(forTypeName typeName: String) -> ProviderKind? {
        switch typeName {
        case "openai", "openai-compatible": .openai
        case "anthropic": .anthropic
        case "gemini": .gemini
        case "azure": .azure
        case "mock": .mock
        default: nil
        }
    }
}

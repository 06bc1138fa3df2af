/// A built-in provider as data: where it lives, which wire format it speaks and where its key comes from.
public struct ProviderPreset: Sendable, Hashable {
    /// The name used in `provider/model` references.
    public var name: String
    /// The wire format.
    public var kind: ProviderKind
    /// The default API base URL; empty when it must come from ``baseURLVariable`` (Azure).
    public var baseURL: String
    /// An environment variable that overrides the base URL (`OPENAI_BASE_URL`, `AZURE_OPENAI_ENDPOINT`).
    public var baseURLVariable: String?
    /// Environment variables holding the key, in lookup order.
    public var keyVariables: [String]
    /// Whether a call without a key is pointless (hosted APIs); local servers need none.
    public var requiresKey: Bool
    /// Headers sent on every request.
    public var extraHeaders: HTTPHeaders
    /// Whether the server understands `stream_options.include_usage` (OpenAI format only).
    public var supportsStreamUsage: Bool

    /// Creates a preset.
    public init(
        name: String, kind: ProviderKind, baseURL: String, baseURLVariable: String? = nil, keyVariables: [String],
        requiresKey: Bool, extraHeaders: HTTPHeaders = [:], supportsStreamUsage: Bool = true
    ) {
        self.name = name
        self.kind = kind
        self.baseURL = baseURL
        self.baseURLVariable = baseURLVariable
        self.keyVariables = keyVariables
        self.requiresKey = requiresKey
        self.extraHeaders = extraHeaders
        self.supportsStreamUsage = supportsStreamUsage
    }

    /// The base URL after environment overrides, without a trailing slash; `nil` when none is known.
    /// - Parameter environment: the process environment.
    public func baseURL(environment: [String: String]) -> String? {
        var url = baseURL
        if let variable = baseURLVariable, let value = environment[variable], !value.isEmpty { url = value }
        while url.hasSuffix("/") { url.removeLast() }
        return url.isEmpty ? nil : url
    }
}

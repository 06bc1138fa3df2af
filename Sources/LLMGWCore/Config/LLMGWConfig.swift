/// The user's configuration file, parsed and validated (see ``ConfigLoader``).
public struct LLMGWConfig: Sendable, Hashable {
    /// The model or route used when a command names none (`default_model`).
    public var defaultModel: String?
    /// Providers by name, as used in `provider/model` references (`providers`).
    public var providers: [String: ProviderConfig]
    /// Per-model facts (price, context, capabilities) keyed by `provider/model` (`models`).
    public var models: [String: ModelConfig]
    /// Named routes (`routes`).
    public var routes: [String: RouteConfig]
    /// Default time limits for model calls (`timeouts`).
    public var timeouts: TimeoutDefaults
    /// Client-side rate limits and concurrency caps by provider name or `provider/model` (`limits`).
    public var limits: [String: RateLimit] = [:]
    /// The file this came from, or `nil` for an empty default configuration.
    public var file: String?

    /// Creates a configuration; every part defaults to empty.
    public init(
        defaultModel: String? = nil, providers: [String: ProviderConfig] = [:], models: [String: ModelConfig] = [:],
        routes: [String: RouteConfig] = [:], timeouts: TimeoutDefaults = TimeoutDefaults(), file: String? = nil
    ) {
        self.defaultModel = defaultModel
        self.providers = providers
        self.models = models
        self.routes = routes
        self.timeouts = timeouts
        self.file = file
    }

    /// An empty configuration: no providers beyond the presets, no routes.
    public static let empty = LLMGWConfig()
}

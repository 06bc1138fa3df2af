/// One entry under `routes:`, validated but kept generic: the routing engine gives it meaning.
public struct RouteConfig: Sendable, Hashable {
    /// The policy name (`strategy`): one of ``RouteConfig/strategies``; `fallback` when absent.
    public var strategy: String
    /// The candidates in order (`targets`): `provider/model` references or route names.
    public var targets: [RouteTarget]
    /// Conditional rules (`rules`), as written; each `use:` was checked to name a model or route.
    public var rules: JSONValue?
    /// Retry settings (`retry`), as written.
    public var retry: JSONValue?
    /// Other strategy settings (`options`), as written.
    public var options: JSONValue?
    /// Free text (`description`).
    public var description: String?
    /// The `rules:` entries, typed and compiled (regular expressions included).
    public var typedRules: [RouteRule] = []
    /// The `retry:` settings, typed; `nil` uses the defaults.
    public var retrySettings: RetrySettings?
    /// The circuit breaker settings (`breaker:`); `nil` uses the defaults.
    public var breaker: BreakerSettings?
    /// Time limits for calls through this route (`timeouts:`): `connect`, `first_token` and `idle`
    /// apply to each attempt, `total` to the whole call with its retries.
    public var timeouts: TimeoutDefaults?
    /// Whether a stream that fails after its first token restarts on the next target (`resume_on_fallback`).
    public var resumeOnFallback: Bool?

    /// Creates a route.
    public init(
        strategy: String = "fallback", targets: [RouteTarget] = [], rules: JSONValue? = nil, retry: JSONValue? = nil,
        options: JSONValue? = nil, description: String? = nil
    ) {
        self.strategy = strategy
        self.targets = targets
        self.rules = rules
        self.retry = retry
        self.options = options
        self.description = description
    }

    /// The policy names accepted in `strategy:`.
    public static let strategies = ["fallback", "weighted", "cheapest", "fastest", "least-busy", "conditional"]

    /// The targets named by `rules[].use`, in order.
    public var ruleTargets: [String] {
        (rules?.arrayValue ?? []).compactMap { $0["use"]?.stringValue }
    }
}

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

/// What a model reference names: one provider endpoint, or a route for the routing engine.
public enum ResolvedModel: Sendable, Hashable {
    /// A `provider/model` reference, ready to call.
    case endpoint(ResolvedEndpoint)
    /// A route from the config; its targets are resolved one by one with ``ModelResolver``.
    case route(name: String, config: RouteConfig)

    /// The endpoint, when this is one.
    public var endpoint: ResolvedEndpoint? {
        if case .endpoint(let endpoint) = self { return endpoint }
        return nil
    }

    /// `provider/model` for an endpoint, the route's name for a route.
    public var reference: String {
        switch self {
        case .endpoint(let endpoint): endpoint.reference
        case .route(let name, _): name
        }
    }

    /// Whether llmgw fell back to `mock/echo` because nothing was configured.
    public var usedMockFallback: Bool { endpoint?.usedMockFallback ?? false }
}

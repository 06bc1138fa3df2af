import Foundation

/// Turns a model reference and a request into a ``RoutePlan``: routes expanded (they nest),
/// ordered by their policy, then filtered by capability, context window, overrides and health.
///
/// Building a router resolves every target of every route once and compiles each route into
/// arrays of prepared candidates (``CompiledRoute``); a decision then walks those arrays, checks
/// each candidate's precomputed facts against the request, and calls no provider. The request's
/// token count is read only when a rule, a price ordering or a known context window needs it.
public struct ModelRouter: Sendable {
    /// The deepest route nesting followed.
    public static let maxDepth = 8

    /// The configuration.
    public let config: LLMGWConfig
    /// Resolves references to endpoints.
    public let resolver: ModelResolver
    /// Model capabilities (config, then catalog).
    public let capabilities: CapabilityLookup
    let costs: CostCalculator
    /// Shared facts per config model; each has its own ``TargetInfo/id``.
    let facts: [String: TargetInfo]
    /// Every config route, compiled.
    let compiled: [String: CompiledRoute]

    /// Creates a router and resolves every route target once.
    /// - Parameters:
    ///   - resolver: the model resolver (config, environment, key store).
    ///   - capabilities: the capability lookup; the config's `models:` when `nil`.
    public init(resolver: ModelResolver, capabilities: CapabilityLookup? = nil) {
        self.config = resolver.config
        self.resolver = resolver
        let lookup = capabilities ?? CapabilityLookup(models: resolver.config.models)
        self.capabilities = lookup
        let costs = CostCalculator(config: resolver.config)
        self.costs = costs
        var facts: [String: TargetInfo] = [:]
        for name in resolver.config.routes.keys.sorted() {
            guard let route = resolver.config.routes[name] else { continue }
            for reference in route.targets.map(\.model) + route.typedRules.map(\.use)
            where Self.isModel(reference) && facts[reference] == nil {
                facts[reference] = Self.facts(
                    reference, resolved: Result { () throws(ResolveError) in try resolver.resolve(reference) },
                    lookup: lookup, costs: costs
                ).asShared(id: facts.count)
            }
        }
        self.facts = facts
        var compiled: [String: CompiledRoute] = [:]
        for (name, route) in resolver.config.routes {
            compiled[name] = CompiledRoute(name: name, config: route, facts: facts)
        }
        self.compiled = compiled
    }

    /// Whether `reference` is `provider/model` rather than a route name (a byte scan, no Foundation).
    @inline(__always)
    static func isModel(_ reference: String) -> Bool {
        reference.utf8.contains(UInt8(ascii: "/"))
    }

    static func facts(
        _ reference: String, resolved: Result<ResolvedModel, ResolveError>, lookup: CapabilityLookup,
        costs: CostCalculator
    ) -> TargetInfo {
        switch resolved {
        case .success(let model):
            guard let endpoint = model.endpoint else { return .unavailable("'\(reference)' is a route") }
            let price = costs.price(
                provider: endpoint.endpoint.provider, model: endpoint.endpoint.model, kind: endpoint.endpoint.kind)
            return TargetInfo(
                endpoint: endpoint, capabilities: lookup.capabilities(of: reference, kind: endpoint.endpoint.kind),
                price: price)
        case .failure(let error):
            return TargetInfo(problem: error.message, capabilities: lookup.capabilities(of: reference))
        }
    }

    /// Whether `reference` (a route, through its nested routes) orders by observed speed, or
    /// `sort` asks for it: then the caller should load ``RouteHealth/latency``.
    public func needsLatency(_ reference: String?, sort: RouteSort?) -> Bool {
        if sort == .latency || sort == .throughput { return true }
        var pending = [reference ?? config.defaultModel ?? "default"]
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let route = config.routes[name] else { continue }
            if route.strategy == RoutePolicy.fastest.rawValue { return true }
            pending.append(contentsOf: route.targets.map(\.model) + route.typedRules.map(\.use))
        }
        return false
    }

}

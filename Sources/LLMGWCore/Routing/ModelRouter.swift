import Foundation

/// Turns a model reference and a request into a ``RoutePlan``: routes expanded (they nest),
/// ordered by their policy, then filtered by capability, context window, overrides and health.
///
/// Building a router resolves every target of every route once; a decision is then a few
/// dictionary lookups per candidate and calls no provider.
public struct ModelRouter: Sendable {
    /// The deepest route nesting followed.
    public static let maxDepth = 8

    /// The configuration.
    public let config: LLMGWConfig
    /// Resolves references to endpoints.
    public let resolver: ModelResolver
    /// Model capabilities (config, then catalog).
    public let capabilities: CapabilityLookup
    private let costs: CostCalculator
    private let facts: [String: TargetInfo]
    /// Each conditional route's rules in words, computed once.
    private let ruleSummaries: [String: [String]]
    /// Each route's target facts in `targets:` order, and its rules' `use:` facts (nil for routes).
    private let routeFacts: [String: (targets: [TargetInfo?], rules: [TargetInfo?])]

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
        for route in resolver.config.routes.values {
            for reference in route.targets.map(\.model) + route.typedRules.map(\.use)
            where Self.isModel(reference) && facts[reference] == nil {
                facts[reference] = Self.facts(
                    reference, resolved: Result { () throws(ResolveError) in try resolver.resolve(reference) },
                    lookup: lookup, costs: costs
                ).asShared()
            }
        }
        self.facts = facts
        ruleSummaries = resolver.config.routes.mapValues { $0.typedRules.map(\.summary) }
        routeFacts = resolver.config.routes.mapValues { route in
            (route.targets.map { facts[$0.model] }, route.typedRules.map { facts[$0.use] })
        }
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

    /// Decides where a call goes. Calls no provider.
    /// - Parameters:
    ///   - reference: a route name or `provider/model`; `nil` for the default model.
    ///   - profile: what the request needs.
    ///   - overrides: command-line overrides.
    ///   - health: circuits, load and observed speed now.
    ///   - roll: a uniform number in `0..<1` for `weighted` draws (ignored with a sticky key).
    ///   - apiKeyEnv: `--api-key-env`, for a plain model reference.
    /// - Returns: the plan; its eligible candidates may be empty (see ``RoutePlan/eligible``).
    /// - Throws: ``RoutingError/unresolved(_:)`` when the reference names nothing usable.
    public func plan(
        _ reference: String?, profile: RequestProfile, overrides: RouteOverrides = RouteOverrides(),
        health: RouteHealth = RouteHealth(), roll: Double = Double.random(in: 0..<1), apiKeyEnv: String? = nil
    ) throws(RoutingError) -> RoutePlan {
        let top: ResolvedModel
        if let reference, let route = config.routes[reference] {
            top = .route(name: reference, config: route)
        } else {
            do {
                top = try resolver.resolve(reference, apiKeyEnv: apiKeyEnv)
            } catch {
                throw .unresolved(error)
            }
        }
        var context = PlanContext(
            profile: profile, overrides: overrides, health: health, roll: roll,
            maxPrice: overrides.maxPrice.map { Double(truncating: $0 as NSDecimalNumber) })
        var candidates: [RouteCandidate]
        let route: String?
        let strategy: String
        switch top {
        case .endpoint(let endpoint):
            route = nil
            strategy = "direct"
            let known =
                facts[endpoint.reference]
                ?? Self.facts(endpoint.reference, resolved: .success(top), lookup: capabilities, costs: costs)
            candidates = [
                candidate(
                    endpoint.reference, info: known.with(endpoint: endpoint), via: [], source: .requested,
                    weight: nil, context: context)
            ]
        case .route(let name, let config):
            route = name
            strategy = config.strategy
            candidates = try expand(name, config: config, via: [], depth: 0, context: &context)
        }
        for fallback in overrides.fallbacks {
            if Self.isModel(fallback) {
                candidates.append(candidate(fallback, via: [], source: .fallback, weight: nil, context: context))
            } else if let config = self.config.routes[fallback] {
                candidates += try expand(fallback, config: config, via: [], depth: 0, context: &context).map {
                    var candidate = $0
                    candidate.source = .fallback
                    return candidate
                }
            } else {
                let problem = "'\(fallback)' is neither provider/model nor a route"
                candidates.append(
                    RouteCandidate(
                        reference: fallback, via: [], source: .fallback, weight: nil, info: .unavailable(problem),
                        skip: .unavailable(problem)))
            }
        }
        // Config targets share one facts object per model, so identity finds their duplicates
        // without hashing strings; other references are compared by name.
        var seenFacts = Set<ObjectIdentifier>(minimumCapacity: candidates.count)
        var seenNames: Set<String> = []
        for index in candidates.indices where candidates[index].skip == nil {
            let info = candidates[index].info
            let fresh =
                info.shared
                ? seenFacts.insert(ObjectIdentifier(info)).inserted
                    && !seenNames.contains(candidates[index].reference)
                : seenNames.insert(candidates[index].reference).inserted
                    && !seenFacts.contains(ObjectIdentifier(facts[candidates[index].reference] ?? info))
            if !fresh { candidates[index].skip = .duplicate }
        }
        if let sort = overrides.sort { candidates = Self.sorted(candidates, by: sort) }
        var ordered: [RouteCandidate]
        if let firstOut = candidates.firstIndex(where: { !$0.isEligible }),
            candidates[firstOut...].contains(where: \.isEligible)
        {
            ordered = []
            ordered.reserveCapacity(candidates.count + context.unmatched.count)
            var rest: [RouteCandidate] = []
            for candidate in candidates {
                if candidate.isEligible { ordered.append(candidate) } else { rest.append(candidate) }
            }
            ordered += rest
        } else {
            ordered = candidates
        }
        ordered += context.unmatched
        return RoutePlan(route: route, reference: top.reference, strategy: strategy, candidates: ordered)
    }

    static func sorted(_ candidates: [RouteCandidate], by sort: RouteSort) -> [RouteCandidate] {
        switch sort {
        case .price: CheapestPolicy.order(candidates)
        case .latency: StableOrder.sorted(candidates) { $0.observed.map { $0.ttft.milliseconds } ?? .infinity }
        case .throughput: StableOrder.sorted(candidates) { -($0.observed?.tokensPerSecond ?? -.infinity) }
        }
    }

    /// Mutable state of one decision.
    struct PlanContext {
        var profile: RequestProfile
        var overrides: RouteOverrides
        var health: RouteHealth
        var roll: Double
        var maxPrice: Double?
        var unmatched: [RouteCandidate] = []
    }

    private func expand(
        _ name: String, config route: RouteConfig, via: [String], depth: Int, context: inout PlanContext
    ) throws(RoutingError) -> [RouteCandidate] {
        guard depth < Self.maxDepth else { throw .tooDeep(route: via.first ?? name, limit: Self.maxDepth) }
        let path = via + [name]
        let policy = RoutePolicy(rawValue: route.strategy) ?? .fallback
        var units: [RouteUnit]
        switch policy {
        case .conditional:
            let summaries = ruleSummaries[name] ?? route.typedRules.map(\.summary)
            let (matched, unmatched) = ConditionalPolicy.units(
                rules: route.typedRules, summaries: summaries, targets: route.targets, profile: context.profile,
                infos: routeFacts[name])
            units = matched
            for (rule, use) in unmatched {
                context.unmatched.append(
                    RouteCandidate(
                        reference: use, via: path, source: .rule(rule, summary: summaries[rule - 1]), weight: nil,
                        info: facts[use] ?? .unavailable("not matched"), skip: .ruleNotMatched(rule: rule)))
            }
        case .weighted:
            let roll =
                context.overrides.stickyKey.map { WeightedPolicy.stickyRoll(key: $0, route: name) } ?? context.roll
            units = WeightedPolicy.order(Self.units(route.targets, infos: routeFacts[name]?.targets), roll: roll)
        case .fallback, .cheapest, .fastest, .leastBusy:
            units = Self.units(route.targets, infos: routeFacts[name]?.targets)
        }
        var result: [RouteCandidate] = []
        // Room for the unmatched rules too, which the plan appends at the end.
        result.reserveCapacity(units.count + context.unmatched.count)
        for unit in units {
            if let info = unit.info {
                result.append(
                    candidate(
                        unit.reference, info: info, via: path, source: unit.origin, weight: unit.weight,
                        context: context))
            } else if Self.isModel(unit.reference) {
                result.append(
                    candidate(unit.reference, via: path, source: unit.origin, weight: unit.weight, context: context))
            } else if let nested = config.routes[unit.reference] {
                result += try expand(unit.reference, config: nested, via: path, depth: depth + 1, context: &context)
            } else {
                let problem = "'\(unit.reference)' is not a route"
                result.append(
                    RouteCandidate(
                        reference: unit.reference, via: path, source: unit.origin, weight: nil,
                        info: .unavailable(problem), skip: .unavailable(problem)))
            }
        }
        switch policy {
        case .cheapest: return CheapestPolicy.order(result)
        case .fastest: return FastestPolicy.order(result)
        case .leastBusy: return LeastBusyPolicy.order(result)
        case .fallback, .weighted, .conditional: return result
        }
    }

    private static func units(_ targets: [RouteTarget], infos: [TargetInfo?]?) -> [RouteUnit] {
        targets.enumerated().map {
            RouteUnit(reference: $1.model, origin: .target($0 + 1), weight: $1.weight, info: infos?[$0])
        }
    }

    private func candidate(
        _ reference: String, via: [String], source: CandidateOrigin, weight: Double?, context: PlanContext
    ) -> RouteCandidate {
        let known =
            facts[reference]
            ?? Self.facts(
                reference, resolved: Result { () throws(ResolveError) in try resolver.resolve(reference) },
                lookup: capabilities, costs: costs)
        return candidate(reference, info: known, via: via, source: source, weight: weight, context: context)
    }

    private func candidate(
        _ reference: String, info: TargetInfo, via: [String], source: CandidateOrigin, weight: Double?,
        context: PlanContext
    ) -> RouteCandidate {
        let profile = context.profile
        let health = context.health
        var candidate = RouteCandidate(
            reference: reference, via: via, source: source, weight: weight, info: info,
            observed: health.latency.isEmpty ? nil : health.latency[reference],
            inFlight: health.inFlight.isEmpty ? 0 : health.inFlight[reference] ?? 0,
            circuit: health.circuits.isEmpty
                ? .closed(admitShare: 1) : health.circuits[reference] ?? .closed(admitShare: 1))
        if let input = info.inputPrice, let output = info.outputPrice {
            let micros = Double(profile.inputTokens) * input + Double(profile.expectedOutputTokens) * output
            candidate.estimatedCostMicros = Int64(micros.rounded())
        }
        candidate.skip = skipReason(candidate, context: context)
        return candidate
    }

    private func skipReason(_ candidate: RouteCandidate, context: PlanContext) -> SkipReason? {
        if let problem = candidate.info.problem { return .unavailable(problem) }
        let overrides = context.overrides
        let profile = context.profile
        if !overrides.onlyProviders.isEmpty || !overrides.ignoredProviders.isEmpty {
            let provider = candidate.provider
            if !overrides.onlyProviders.isEmpty, !overrides.onlyProviders.contains(provider) {
                return .providerExcluded(
                    "provider not in --only \(overrides.onlyProviders.sorted().joined(separator: ","))")
            }
            if overrides.ignoredProviders.contains(provider) { return .providerExcluded("provider in --ignore") }
        }
        let capabilities = candidate.capabilities
        if profile.needsTools, capabilities.tools == false { return .missingCapability("tools") }
        if profile.needsVision, capabilities.vision == false { return .missingCapability("vision") }
        if profile.needsJSON, capabilities.jsonMode == false { return .missingCapability("JSON mode") }
        if let window = capabilities.contextWindow, profile.contextNeeded > window {
            return .contextTooSmall(needed: profile.contextNeeded, window: window)
        }
        if let limit = context.maxPrice, let exactLimit = overrides.maxPrice {
            guard let price = candidate.price, let input = candidate.info.inputPrice,
                let output = candidate.info.outputPrice
            else { return .overMaxPrice(price: nil, limit: exactLimit) }
            if max(input, output) > limit {
                return .overMaxPrice(price: max(price.input, price.output), limit: exactLimit)
            }
        }
        switch candidate.circuit {
        case .open(let retryIn): return .circuitOpen(retryIn: retryIn)
        case .rateLimited(let retryIn): return .rateLimited(retryIn: retryIn)
        case .closed, .halfOpen: return nil
        }
    }
}

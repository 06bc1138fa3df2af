extension ModelRouter {
    /// A candidate for a reference the router has no prepared slot for (resolved now).
    func candidate(
        _ reference: String, via: [String], source: CandidateOrigin, weight: Double?, context: inout PlanContext
    ) -> RouteCandidate {
        let known =
            facts[reference]
            ?? Self.facts(
                reference, resolved: Result { () throws(ResolveError) in try resolver.resolve(reference) },
                lookup: capabilities, costs: costs)
        return candidate(
            CandidateSlot(reference: reference, via: via, source: source, weight: weight, info: known),
            context: &context)
    }

    /// A candidate for `slot` with this moment's health and this request's skip reason.
    @inline(__always)
    func candidate(_ slot: CandidateSlot, context: inout PlanContext) -> RouteCandidate {
        var candidate = RouteCandidate(slot: slot)
        var circuit = CircuitState.closed(admitShare: 1)
        if context.hasLatency || context.hasInFlight || context.hasCircuits {
            let observed = context.hasLatency ? context.health.latency[slot.reference] : nil
            let inFlight = context.hasInFlight ? context.health.inFlight[slot.reference] ?? 0 : 0
            if context.hasCircuits, let state = context.health.circuits[slot.reference] { circuit = state }
            if observed != nil || inFlight != 0 || circuit != .closed(admitShare: 1) {
                candidate.health = CandidateHealth(observed: observed, inFlight: inFlight, circuit: circuit)
            }
        }
        if let reason = skipReason(slot, circuit: circuit, context: &context) {
            candidate.skipBox = SkipBox(reason)
        }
        return candidate
    }

    /// Why `slot` cannot take the request, checked cheapest first; `nil` when it can.
    private func skipReason(_ slot: CandidateSlot, circuit: CircuitState, context: inout PlanContext) -> SkipReason? {
        let info = slot.info
        if let problem = info.problem { return .unavailable(problem) }
        if context.filtersProviders {
            let provider = slot.provider
            if !context.overrides.onlyProviders.isEmpty, !context.overrides.onlyProviders.contains(provider) {
                return .providerExcluded(context.onlyDetail)
            }
            if context.overrides.ignoredProviders.contains(provider) {
                return .providerExcluded("provider in --ignore")
            }
        }
        if context.needsTools, info.capabilities.tools == false { return .missingCapability("tools") }
        if context.needsVision, info.capabilities.vision == false { return .missingCapability("vision") }
        if context.needsJSON, info.capabilities.jsonMode == false { return .missingCapability("JSON mode") }
        if let window = info.capabilities.contextWindow {
            let needed = context.contextNeeded()
            if needed > window { return .contextTooSmall(needed: needed, window: window) }
        }
        if let limit = context.maxPrice, let exactLimit = context.overrides.maxPrice {
            guard let price = info.price, let input = info.inputPrice, let output = info.outputPrice else {
                return .overMaxPrice(price: nil, limit: exactLimit)
            }
            if max(input, output) > limit {
                return .overMaxPrice(price: max(price.input, price.output), limit: exactLimit)
            }
        }
        switch circuit {
        case .open(let retryIn): return .circuitOpen(retryIn: retryIn)
        case .rateLimited(let retryIn): return .rateLimited(retryIn: retryIn)
        case .closed, .halfOpen: return nil
        }
    }
}

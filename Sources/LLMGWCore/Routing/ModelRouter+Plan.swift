extension ModelRouter {
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
        var context = PlanContext(profile: profile, overrides: overrides, health: health, roll: roll)
        var candidates: [RouteCandidate] = []
        let route: String?
        let strategy: String
        let top: ResolvedModel
        if let reference, let compiledRoute = compiled[reference] {
            top = .route(name: reference, config: compiledRoute.config)
            route = reference
            strategy = compiledRoute.config.strategy
            candidates.reserveCapacity(
                compiledRoute.rules.count + compiledRoute.targets.count + overrides.fallbacks.count)
            try expand(compiledRoute, path: compiledRoute.path, depth: 0, into: &candidates, context: &context)
        } else {
            do {
                top = try resolver.resolve(reference, apiKeyEnv: apiKeyEnv)
            } catch {
                throw .unresolved(error)
            }
            switch top {
            case .endpoint(let endpoint):
                route = nil
                strategy = "direct"
                let known =
                    facts[endpoint.reference]
                    ?? Self.facts(endpoint.reference, resolved: .success(top), lookup: capabilities, costs: costs)
                candidates.append(
                    candidate(
                        CandidateSlot(
                            reference: endpoint.reference, via: [], source: .requested, weight: nil,
                            info: known.with(endpoint: endpoint)), context: &context))
            case .route(let name, let config):
                route = name
                strategy = config.strategy
                let compiledRoute = compiled[name] ?? CompiledRoute(name: name, config: config, facts: facts)
                try expand(compiledRoute, path: compiledRoute.path, depth: 0, into: &candidates, context: &context)
            }
        }
        for fallback in overrides.fallbacks {
            if Self.isModel(fallback) {
                candidates.append(candidate(fallback, via: [], source: .fallback, weight: nil, context: &context))
            } else if let nested = compiled[fallback] {
                let start = candidates.count
                try expand(nested, path: nested.path, depth: 0, into: &candidates, context: &context)
                for index in start..<candidates.count { candidates[index].source = .fallback }
            } else {
                let problem = "'\(fallback)' is neither provider/model nor a route"
                candidates.append(
                    RouteCandidate(
                        reference: fallback, via: [], source: .fallback, weight: nil, info: .unavailable(problem),
                        skip: .unavailable(problem)))
            }
        }
        markDuplicates(&candidates)
        if let sort = overrides.sort {
            if sort == .price { fillCosts(&candidates, from: 0, profile: profile) }
            candidates = Self.sorted(candidates, by: sort)
        }
        // Eligible first, in order, then the others: a stable partition that moves only the
        // candidates after the first one left out.
        if let firstOut = candidates.firstIndex(where: { !$0.isEligible }),
            candidates[firstOut...].contains(where: \.isEligible)
        {
            var rest: [RouteCandidate] = []
            var write = firstOut
            for read in firstOut..<candidates.count {
                if candidates[read].isEligible {
                    candidates.swapAt(write, read)
                    write += 1
                } else {
                    rest.append(candidates[read])
                }
            }
            candidates.replaceSubrange(write..., with: rest)
        }
        if !context.unmatched.isEmpty { candidates += context.unmatched }
        // Estimates are free once the request is counted; they are never the reason to count it.
        if profile.isInputTokensKnown { fillCosts(&candidates, from: 0, profile: profile) }
        return RoutePlan(
            route: route, reference: top.reference, strategy: strategy, candidates: candidates, profile: profile)
    }

    static func sorted(_ candidates: [RouteCandidate], by sort: RouteSort) -> [RouteCandidate] {
        switch sort {
        case .price: CheapestPolicy.order(candidates)
        case .latency: StableOrder.sorted(candidates) { $0.observed.map { $0.ttft.milliseconds } ?? .infinity }
        case .throughput: StableOrder.sorted(candidates) { -($0.observed?.tokensPerSecond ?? -.infinity) }
        }
    }

    /// Marks as `duplicate` every eligible-so-far candidate whose target came earlier. Config
    /// models are told apart by their facts' index (a bit each), other references by name.
    private func markDuplicates(_ candidates: inout [RouteCandidate]) {
        var seenIDs = BitSet(capacity: facts.count)
        var seenNames: [String] = []
        for index in candidates.indices where candidates[index].skipBox == nil {
            let info = candidates[index].info
            let fresh: Bool
            if info.id >= 0 {
                let inserted = seenIDs.insert(info.id)
                fresh = inserted && (seenNames.isEmpty || !seenNames.contains(candidates[index].reference))
            } else {
                let reference = candidates[index].reference
                let inserted = !seenNames.contains(reference)
                if inserted { seenNames.append(reference) }
                fresh = inserted && !(facts[reference].map { seenIDs.contains($0.id) } ?? false)
            }
            if !fresh { candidates[index].skipBox = SkipBox.duplicate }
        }
    }

    /// Expands a route into `result`: its units in policy order, nested routes in place.
    private func expand(
        _ route: CompiledRoute, path: [String], depth: Int, into result: inout [RouteCandidate],
        context: inout PlanContext
    ) throws(RoutingError) {
        guard depth < Self.maxDepth else { throw .tooDeep(route: path.first ?? route.name, limit: Self.maxDepth) }
        let start = result.count
        switch route.policy {
        case .conditional:
            let matches = ConditionalPolicy.matches(route.rules, profile: context.profile)
            for (index, rule) in route.rules.enumerated() where !ConditionalPolicy.matched(index, in: matches) {
                var candidate = RouteCandidate(slot: depth == 0 ? rule.unmatched : rule.unmatched.moved(to: path))
                candidate.skipBox = rule.unmatchedSkip
                context.unmatched.append(candidate)
            }
            for (index, rule) in route.rules.enumerated() where ConditionalPolicy.matched(index, in: matches) {
                try add(rule.unit, path: path, depth: depth, into: &result, context: &context)
            }
            try addTargets(route, path: path, depth: depth, into: &result, context: &context)
        case .weighted:
            let roll =
                context.overrides.stickyKey.map { WeightedPolicy.stickyRoll(key: $0, route: route.name) }
                ?? context.roll
            for unit in WeightedPolicy.order(route.targets, roll: roll) {
                try add(unit, path: path, depth: depth, into: &result, context: &context)
            }
        case .fallback, .cheapest, .fastest, .leastBusy:
            try addTargets(route, path: path, depth: depth, into: &result, context: &context)
        }
        guard result.count - start > 1 else { return }
        switch route.policy {
        case .cheapest:
            fillCosts(&result, from: start, profile: context.profile)
            result.replaceSubrange(start..., with: CheapestPolicy.order(Array(result[start...])))
        case .fastest: result.replaceSubrange(start..., with: FastestPolicy.order(Array(result[start...])))
        case .leastBusy: result.replaceSubrange(start..., with: LeastBusyPolicy.order(Array(result[start...])))
        case .fallback, .weighted, .conditional: break
        }
    }

    /// Adds a route's `targets:` in written order; prepared candidates go in without a copy of their unit.
    private func addTargets(
        _ route: CompiledRoute, path: [String], depth: Int, into result: inout [RouteCandidate],
        context: inout PlanContext
    ) throws(RoutingError) {
        let slots = route.targetSlots
        for index in slots.indices {
            if depth == 0, let slot = slots[index] {
                result.append(candidate(slot, context: &context))
            } else {
                try add(route.targets[index], path: path, depth: depth, into: &result, context: &context)
            }
        }
    }

    private func add(
        _ unit: RouteUnit, path: [String], depth: Int, into result: inout [RouteCandidate],
        context: inout PlanContext
    ) throws(RoutingError) {
        if let slot = unit.slot {
            result.append(candidate(depth == 0 ? slot : slot.moved(to: path), context: &context))
        } else if Self.isModel(unit.reference) {
            result.append(
                candidate(unit.reference, via: path, source: unit.origin, weight: unit.weight, context: &context))
        } else if let nested = compiled[unit.reference] {
            try expand(nested, path: path + [nested.name], depth: depth + 1, into: &result, context: &context)
        } else {
            let problem = "'\(unit.reference)' is not a route"
            result.append(
                RouteCandidate(
                    reference: unit.reference, via: path, source: unit.origin, weight: nil,
                    info: .unavailable(problem), skip: .unavailable(problem)))
        }
    }

    /// Sets the estimated cost of every priced candidate from `start` on (this counts the request).
    private func fillCosts(_ candidates: inout [RouteCandidate], from start: Int, profile: RequestProfile) {
        var tokens: Int?
        for index in start..<candidates.count where candidates[index].estimatedCostMicros == nil {
            let info = candidates[index].info
            guard let input = info.inputPrice, let output = info.outputPrice else { continue }
            let count = tokens ?? profile.inputTokens
            tokens = count
            let micros = Double(count) * input + Double(profile.expectedOutputTokens) * output
            candidates[index].estimatedCostMicros = Int64(micros.rounded())
        }
    }
}

/// A route prepared for fast decisions: its policy parsed, its rules and targets turned into
/// units whose candidates (reference, origin, facts) are built once, when the router is made.
///
/// A decision then walks these arrays and adds only what changes per request: health, the skip
/// reason and the estimated cost.
final class CompiledRoute: Sendable {
    /// The route's name.
    let name: String
    /// The route as configured.
    let config: RouteConfig
    /// Its policy (`fallback` for an unknown strategy).
    let policy: RoutePolicy
    /// `[name]`: the `via` of its own candidates when it is the route asked for.
    let path: [String]
    /// Its conditional rules, in order.
    let rules: [CompiledRule]
    /// Its `targets:`, in order.
    let targets: [RouteUnit]
    /// Each target's prepared candidate (`nil` for a nested route), beside ``targets`` for a
    /// loop that copies one reference per target.
    let targetSlots: [CandidateSlot?]

    /// Prepares `config`.
    /// - Parameters:
    ///   - name: the route's name.
    ///   - config: the route.
    ///   - facts: the router's shared facts per config model.
    init(name: String, config: RouteConfig, facts: [String: TargetInfo]) {
        self.name = name
        self.config = config
        policy = RoutePolicy(rawValue: config.strategy) ?? .fallback
        let path = [name]
        self.path = path
        func unit(_ reference: String, origin: CandidateOrigin, weight: Double?) -> RouteUnit {
            RouteUnit(
                reference: reference, origin: origin, weight: weight,
                slot: facts[reference].map {
                    CandidateSlot(reference: reference, via: path, source: origin, weight: weight, info: $0)
                })
        }
        rules = config.typedRules.enumerated().map { index, rule in
            let origin = CandidateOrigin.rule(index + 1, summary: rule.summary)
            return CompiledRule(
                rule: rule, unit: unit(rule.use, origin: origin, weight: nil),
                unmatched: CandidateSlot(
                    reference: rule.use, via: path, source: origin, weight: nil,
                    info: facts[rule.use] ?? .unavailable("not matched")),
                unmatchedSkip: SkipBox(.ruleNotMatched(rule: index + 1)))
        }
        targets = config.targets.enumerated().map { index, target in
            unit(target.model, origin: .target(index + 1), weight: target.weight)
        }
        targetSlots = targets.map(\.slot)
    }
}

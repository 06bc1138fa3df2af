/// Picks a conditional route's units: the `use:` of every rule that matches, in rule order (the
/// first is the choice, the others its fallbacks), then the route's `targets:`.
enum ConditionalPolicy {
    /// - Returns: the units to expand, and the 1-based numbers of the rules that did not match.
    static func units(
        rules: [RouteRule], summaries: [String], targets: [RouteTarget], profile: RequestProfile,
        infos: (targets: [TargetInfo?], rules: [TargetInfo?])? = nil
    ) -> (units: [RouteUnit], unmatched: [(rule: Int, use: String)]) {
        var units: [RouteUnit] = []
        var unmatched: [(rule: Int, use: String)] = []
        units.reserveCapacity(rules.count + targets.count)
        for (index, rule) in rules.enumerated() {
            if rule.matches(profile) {
                units.append(
                    RouteUnit(
                        reference: rule.use, origin: .rule(index + 1, summary: summaries[index]),
                        info: infos?.rules[index]))
            } else {
                unmatched.append((index + 1, rule.use))
            }
        }
        for (index, target) in targets.enumerated() {
            units.append(
                RouteUnit(
                    reference: target.model, origin: .target(index + 1), weight: target.weight,
                    info: infos?.targets[index]))
        }
        return (units, unmatched)
    }
}

/// One rule of a conditional route, prepared once: the rule, the unit it adds when it matches,
/// and the candidate listed as not matched when it does not.
///
/// A class, so that walking a route's rules copies one reference per rule, not the rule's strings.
final class CompiledRule: Sendable {
    /// The rule as configured.
    let rule: RouteRule
    /// What the rule adds when it matches (origin `rule N: …`).
    let unit: RouteUnit
    /// The candidate shown when the rule does not match.
    let unmatched: CandidateSlot
    /// Its skip reason, `rule N did not match`, made once.
    let unmatchedSkip: SkipBox

    init(rule: RouteRule, unit: RouteUnit, unmatched: CandidateSlot, unmatchedSkip: SkipBox) {
        self.rule = rule
        self.unit = unit
        self.unmatched = unmatched
        self.unmatchedSkip = unmatchedSkip
    }
}

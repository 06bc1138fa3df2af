/// Picks a conditional route's units: the `use:` of every rule that matches, in rule order (the
/// first is the choice, the others its fallbacks), then the route's `targets:`.
enum ConditionalPolicy {
    /// Which rules match `profile`, as a bit per rule (bit 0 for rule 1); rules past the 64th
    /// are reported through `overflow`.
    /// - Returns: the match bits of the first 64 rules, and one flag per further rule.
    static func matches(_ rules: [CompiledRule], profile: RequestProfile) -> (bits: UInt64, overflow: [Bool]) {
        var bits: UInt64 = 0
        var overflow: [Bool] = []
        for index in rules.indices {
            let matched = rules[index].rule.matches(profile)
            if index < 64 {
                if matched { bits |= 1 << UInt64(index) }
            } else {
                overflow.append(matched)
            }
        }
        return (bits, overflow)
    }

    /// Whether rule `index` (0-based) matched, from ``matches(_:profile:)``.
    @inline(__always)
    static func matched(_ index: Int, in result: (bits: UInt64, overflow: [Bool])) -> Bool {
        index < 64 ? result.bits & (1 << UInt64(index)) != 0 : result.overflow[index - 64]
    }
}

/// Orders a `weighted` route: one target drawn with probability proportional to its weight
/// (canary percentages), then the others by falling weight as fallbacks.
enum WeightedPolicy {
    /// - Parameters:
    ///   - units: the targets; a missing weight counts as 1, a zero weight is never drawn first.
    ///   - roll: a uniform number in `0..<1` (random, or derived from the sticky key).
    /// - Returns: the drawn target first, then the rest by descending weight (ties in written order).
    static func order(_ units: [RouteUnit], roll: Double) -> [RouteUnit] {
        guard units.count > 1 else { return units }
        var total = 0.0
        for unit in units { total += unit.weight ?? 1 }
        var picked = units.firstIndex { ($0.weight ?? 1) > 0 } ?? 0
        if total > 0 {
            var threshold = roll * total
            for (index, unit) in units.enumerated() {
                let weight = unit.weight ?? 1
                if weight > 0, threshold < weight {
                    picked = index
                    break
                }
                threshold -= weight
                if weight > 0 { picked = index }
            }
        }
        var rest = Array(units.enumerated().filter { $0.offset != picked })
        rest.sort { lhs, rhs in
            let left = lhs.element.weight ?? 1
            let right = rhs.element.weight ?? 1
            return left != right ? left > right : lhs.offset < rhs.offset
        }
        return [units[picked]] + rest.map(\.element)
    }

    /// A stable number in `0..<1` for a sticky key and route (FNV-1a, the same on every run).
    static func stickyRoll(key: String, route: String) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= 0
        hash = hash &* 0x100_0000_01b3
        for byte in route.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // Finalise (splitmix64) so nearby keys spread over the whole range.
        hash ^= hash >> 30
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 27
        hash = hash &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return Double(hash >> 11) / Double(UInt64(1) << 53)
    }
}

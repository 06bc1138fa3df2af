/// A set of small non-negative integers, one bit each: the first 64 inline, the rest in an array
/// made only when needed. Used to find duplicate targets without hashing.
struct BitSet {
    private var low: UInt64 = 0
    private var high: [UInt64] = []

    /// An empty set for numbers below `capacity`.
    init(capacity: Int) {
        if capacity > 64 { high = Array(repeating: 0, count: (capacity - 64 + 63) / 64) }
    }

    /// Adds `value`; returns whether it was new.
    mutating func insert(_ value: Int) -> Bool {
        if value < 64 {
            let bit = UInt64(1) << UInt64(value)
            defer { low |= bit }
            return low & bit == 0
        }
        let word = (value - 64) / 64
        if word >= high.count { high += Array(repeating: 0, count: word - high.count + 1) }
        let bit = UInt64(1) << UInt64((value - 64) % 64)
        defer { high[word] |= bit }
        return high[word] & bit == 0
    }

    /// Whether `value` is in the set.
    func contains(_ value: Int) -> Bool {
        if value < 0 { return false }
        if value < 64 { return low & (UInt64(1) << UInt64(value)) != 0 }
        let word = (value - 64) / 64
        return word < high.count && high[word] & (UInt64(1) << UInt64((value - 64) % 64)) != 0
    }
}

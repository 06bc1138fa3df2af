/// A ``TokenSink`` that keeps the token ids in order.
struct TokenIDCollector: TokenSink {
    /// The ids so far.
    var ids: [Int] = []

    @inline(__always)
    mutating func append(_ rank: UInt32) { ids.append(Int(rank)) }
}

/// A ``TokenSink`` that only counts.
struct TokenTally: TokenSink {
    /// The tokens so far.
    var count = 0

    @inline(__always)
    mutating func append(_ rank: UInt32) { count += 1 }
}

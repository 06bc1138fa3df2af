/// Where in a body a fault strikes: a token index for streams, a byte offset for JSON bodies.
enum MockFaultPosition: Sendable, Hashable {
    /// At this index (clamped to the end).
    case at(Int)
    /// Half way.
    case halfway
    /// Anywhere, picked from this random draw.
    case random(UInt64)

    /// The index for a body of `count` tokens or bytes, in `0...count`.
    func index(in count: Int) -> Int {
        switch self {
        case .at(let index): min(max(0, index), count)
        case .halfway: count / 2
        case .random(let draw): Int(draw % UInt64(count + 1))
        }
    }
}

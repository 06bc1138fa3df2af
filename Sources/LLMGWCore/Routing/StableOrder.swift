/// Sorting that keeps the written order among equal keys (policies must be predictable).
enum StableOrder {
    /// `items` sorted by ascending `key`, ties in their original order.
    static func sorted<T>(_ items: [T], by key: (T) -> Double) -> [T] {
        guard items.count > 1 else { return items }
        var keyed = items.enumerated().map { (key: key($0.element), index: $0.offset, item: $0.element) }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        return keyed.map(\.item)
    }
}

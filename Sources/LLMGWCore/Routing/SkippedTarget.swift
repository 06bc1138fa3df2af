/// A candidate the router or the executor passed over, and why.
public struct SkippedTarget: Sendable, Hashable {
    /// The target as `provider/model`.
    public var target: String
    /// Why it was passed over.
    public var reason: SkipReason

    /// Creates a skipped target.
    public init(target: String, reason: SkipReason) {
        self.target = target
        self.reason = reason
    }
}

/// An answer kept in the response cache: the result and the target that gave it.
public struct CachedResponse: Sendable, Hashable {
    /// `provider/model` that answered.
    public var target: String
    /// The answer.
    public var result: ChatResult

    /// Creates an entry.
    public init(target: String, result: ChatResult) {
        self.target = target
        self.result = result
    }
}

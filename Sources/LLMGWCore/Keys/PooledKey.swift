/// A stored key handed out by a ``KeyPool`` for one attempt.
public struct PooledKey: Sendable, Hashable {
    /// The provider name.
    public var provider: String
    /// The key's name in the store.
    public var name: String
    /// The key.
    public var key: APIKey

    /// Creates a pooled key.
    public init(provider: String, name: String, key: APIKey) {
        self.provider = provider
        self.name = name
        self.key = key
    }
}

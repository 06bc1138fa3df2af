/// A stored key the pool stopped using for the rest of the run, and why.
public struct KeySetAside: Sendable, Hashable {
    /// The provider name.
    public var provider: String
    /// The key's name in the store.
    public var name: String
    /// The error class that set it aside (`authentication`, `permission`, `quota_exceeded`).
    public var reason: String

    /// Creates a record.
    public init(provider: String, name: String, reason: String) {
        self.provider = provider
        self.name = name
        self.reason = reason
    }
}

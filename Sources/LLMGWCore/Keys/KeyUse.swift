import struct Foundation.Date

/// One use of a stored key in this run, to record as its "last used" time.
public struct KeyUse: Sendable, Hashable {
    /// The provider name.
    public var provider: String
    /// The key's name.
    public var name: String
    /// When it was used.
    public var at: Date

    /// Creates a use record.
    public init(provider: String, name: String, at: Date) {
        self.provider = provider
        self.name = name
        self.at = at
    }
}

/// A provider secret. Its descriptions are masked, so printing or logging one never shows it.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret itself: use only to put it on the wire.
    public let secret: String

    public init(_ secret: String) { self.secret = secret }

    /// The key masked for display: a short prefix and the last four characters.
    public var masked: String { Redactor.mask(secret) }

    public var description: String { masked }
    public var debugDescription: String { "APIKey(\(masked))" }
}

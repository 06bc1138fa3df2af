/// Default time limits for model calls (`timeouts:`); `nil` leaves the built-in default.
public struct TimeoutDefaults: Sendable, Hashable {
    /// Until the connection is up (`connect`).
    public var connect: Duration?
    /// Until the first token arrives (`first_token`).
    public var firstToken: Duration?
    /// Longest silence inside a stream (`idle`).
    public var idle: Duration?
    /// The whole call (`total`).
    public var total: Duration?

    /// Creates time limits.
    public init(connect: Duration? = nil, firstToken: Duration? = nil, idle: Duration? = nil, total: Duration? = nil) {
        self.connect = connect
        self.firstToken = firstToken
        self.idle = idle
        self.total = total
    }
}

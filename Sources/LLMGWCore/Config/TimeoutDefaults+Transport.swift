extension TimeoutDefaults {
    /// These defaults as transport limits: `first_token` becomes the first-byte limit, and an unset
    /// `connect` keeps the transport's 10 s default.
    public var transportTimeouts: TransportTimeouts {
        TransportTimeouts(connect: connect ?? .seconds(10), firstByte: firstToken, idle: idle, total: total)
    }
}

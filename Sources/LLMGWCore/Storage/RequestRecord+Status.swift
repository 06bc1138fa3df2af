extension RequestRecord {
    /// How a logged call ended.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// The call succeeded.
        case ok
        /// The call failed (see `errorClass`).
        case error
        /// The user stopped it (Ctrl-C).
        case interrupted
    }
}

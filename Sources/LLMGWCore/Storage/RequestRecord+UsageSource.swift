extension RequestRecord {
    /// Where a logged call's token counts came from.
    public enum UsageSource: String, Sendable, Hashable, Codable, CaseIterable {
        /// The provider reported them.
        case reported
        /// llmgw counted or estimated them.
        case estimated
        /// There are none (the call failed early, or the stream was cut).
        case none
    }
}

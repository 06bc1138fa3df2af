/// A client-side limit for a provider or a model (`limits:`): requests and tokens per minute
/// and calls in flight.
public struct RateLimit: Sendable, Hashable {
    /// Requests per minute (`rpm`).
    public var requestsPerMinute: Int?
    /// Prompt tokens per minute (`tpm`).
    public var tokensPerMinute: Int?
    /// Calls in flight at once (`concurrency`).
    public var concurrency: Int?

    /// Creates a limit.
    public init(requestsPerMinute: Int? = nil, tokensPerMinute: Int? = nil, concurrency: Int? = nil) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.concurrency = concurrency
    }
}

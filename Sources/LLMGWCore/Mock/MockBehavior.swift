/// How the mock upstream answers: how fast, how long, and how often it fails.
///
/// Request headers can override these per request; see ``MockOverrides``.
public struct MockBehavior: Sendable, Hashable {
    /// The output length of the `lorem` model when neither the request nor this behaviour sets one.
    public static let defaultOutputTokens = 64

    /// Wait before the response head.
    public var latency: Duration
    /// Streaming speed in tokens per second; `nil` sends as fast as possible. A non-streamed
    /// response waits for the whole generation time before its head.
    public var tokensPerSecond: Double?
    /// How many tokens the `lorem` model writes (``defaultOutputTokens`` when `nil`); a request's
    /// max tokens caps it.
    public var outputTokens: Int?
    /// HTTP status → probability that a request fails with it (before any body is sent).
    public var errorRates: [Int: Double]
    /// Fault → probability that a successful response is broken that way.
    public var faults: [MockFault: Double]
    /// Seed of the random stream that draws errors and faults; `nil` draws from the system.
    public var seed: UInt64?
    /// The longest a ``MockFault/stall`` holds the connection before closing it.
    public var stallLimit: Duration
    /// The only keys the mock accepts; any other key (or none) gets a 401 in the provider's error
    /// shape. `nil` accepts every request.
    public var acceptedKeys: Set<String>?
    /// Keys that always get a 429 with `Retry-After: 1`, to test key rotation.
    public var rateLimitedKeys: Set<String> = []

    /// Creates a behaviour; the defaults answer at once, without errors or faults.
    public init(
        latency: Duration = .zero, tokensPerSecond: Double? = nil, outputTokens: Int? = nil,
        errorRates: [Int: Double] = [:], faults: [MockFault: Double] = [:], seed: UInt64? = nil,
        stallLimit: Duration = .seconds(60)
    ) {
        self.latency = latency
        self.tokensPerSecond = tokensPerSecond
        self.outputTokens = outputTokens
        self.errorRates = errorRates
        self.faults = faults
        self.seed = seed
        self.stallLimit = stallLimit
    }
}

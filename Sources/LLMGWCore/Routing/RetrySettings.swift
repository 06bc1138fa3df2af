/// How a route retries (`retry:`): tries per target, a hard cap per call, backoff and Retry-After.
public struct RetrySettings: Sendable, Hashable {
    /// Tries per target, the first included (`attempts`, default 2).
    public var attemptsPerTarget: Int
    /// Tries per call across all targets (`max_attempts`, default 6).
    public var maxAttempts: Int
    /// The first backoff ceiling (`backoff`, default 500ms); doubles per retry.
    public var backoffBase: Duration
    /// The largest backoff ceiling (`max_backoff`, default 8s).
    public var backoffMax: Duration
    /// The longest `Retry-After` llmgw waits for (`max_retry_after`, default 60s); longer ones skip the target.
    public var maxRetryAfter: Duration

    /// Creates settings; the defaults follow the OpenAI and Anthropic SDKs.
    public init(
        attemptsPerTarget: Int = 2, maxAttempts: Int = 6, backoffBase: Duration = .milliseconds(500),
        backoffMax: Duration = .seconds(8), maxRetryAfter: Duration = .seconds(60)
    ) {
        self.attemptsPerTarget = attemptsPerTarget
        self.maxAttempts = maxAttempts
        self.backoffBase = backoffBase
        self.backoffMax = backoffMax
        self.maxRetryAfter = maxRetryAfter
    }

    /// The keys accepted under `retry:`.
    public static let keys = ["attempts", "max_attempts", "backoff", "max_backoff", "max_retry_after"]
}

import struct Foundation.Date

/// One attempt of a call at one target.
public struct AttemptReport: Sendable, Hashable {
    /// The target as `provider/model`.
    public var target: String
    /// `ok`, or the error class (`rate_limited`, `stream_truncated`, …).
    public var outcome: String
    /// How long the attempt took.
    public var latency: Duration
    /// How long llmgw waited before this attempt (backoff or Retry-After).
    public var waitedBefore: Duration
    /// What the routing engine did next and why (`retried`, `fell back: retry-after 1s`, …), if anything.
    public var note: String?

    public init(
        target: String, outcome: String, latency: Duration, waitedBefore: Duration = .zero, note: String? = nil
    ) {
        self.target = target
        self.outcome = outcome
        self.latency = latency
        self.waitedBefore = waitedBefore
        self.note = note
    }
}

/// What happened during one call: the answer (whole or partial), timings, attempts and the error.
public struct CallReport: Sendable {
    /// The endpoint that served (or last failed).
    public var endpoint: ProviderEndpoint
    /// The folded answer; incomplete when the call failed or was interrupted part-way.
    public var result: ChatResult
    /// Why the call failed, if it did.
    public var error: ProviderError?
    /// Whether Ctrl-C (task cancellation) stopped the call.
    public var interrupted: Bool
    public var startedAt: Date
    /// From the start of the call to its end.
    public var latency: Duration
    /// From the start of the call to the first text, reasoning or tool-call event.
    public var timeToFirstToken: Duration?
    public var attempts: [AttemptReport]
    /// The route the call went through, when a route was named.
    public var route: String?
    /// Candidates the routing engine passed over, and why.
    public var skipped: [SkippedTarget] = []
    /// Whether a stream that failed after its first token was restarted on another target.
    public var restarted: Bool = false
    /// Whether the answer came from the response cache.
    public var cacheHit: Bool = false
    /// The key that served the call, for the request log: a stored key as `provider/name`, a variable
    /// as `env:NAME`; never the secret. `nil` when unknown or no key was used.
    public var keyName: String?

    public init(
        endpoint: ProviderEndpoint, result: ChatResult = ChatResult(), error: ProviderError? = nil,
        interrupted: Bool = false, startedAt: Date = Date(), latency: Duration = .zero,
        timeToFirstToken: Duration? = nil, attempts: [AttemptReport] = []
    ) {
        self.endpoint = endpoint
        self.result = result
        self.error = error
        self.interrupted = interrupted
        self.startedAt = startedAt
        self.latency = latency
        self.timeToFirstToken = timeToFirstToken
        self.attempts = attempts
    }

    /// Whether the call produced a complete answer.
    public var succeeded: Bool { error == nil && !interrupted && result.isComplete }

    /// `provider/model` of the endpoint.
    public var target: String { "\(endpoint.provider)/\(endpoint.model)" }
}

extension Duration {
    /// The duration in milliseconds, as a floating-point number.
    public var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}

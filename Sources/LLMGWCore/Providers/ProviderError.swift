import struct Foundation.TimeInterval

/// A failed model call, typed so the executor can decide to retry, fall back or give up.
public enum ProviderError: Error, Sendable, Hashable {
    /// The key was missing, wrong or revoked (401).
    case authentication(message: String)
    /// The key may not do this (403).
    case permission(message: String)
    /// The model or endpoint does not exist (404).
    case notFound(message: String)
    /// The provider rejected the request as malformed (400, 422, …).
    case badRequest(message: String)
    /// The prompt and output limit exceed the model's context window.
    case contextLengthExceeded(message: String)
    /// Too many requests; `retryAfter` seconds from `Retry-After` / `retry-after-ms` when given.
    case rateLimited(message: String, retryAfter: TimeInterval?)
    /// The account is out of credit or quota; retrying does not help (`insufficient_quota`, 402).
    case quotaExceeded(message: String)
    /// The provider is overloaded (503, 529, `overloaded_error`); `retryAfter` when given.
    case overloaded(message: String, retryAfter: TimeInterval?)
    /// The provider failed (500, 502, 504, other 5xx).
    case server(status: Int, message: String)
    /// A time limit passed (connect, first byte, idle, total).
    case timeout(message: String)
    /// The connection failed or dropped.
    case connectionLost(message: String)
    /// The stream ended before its terminal marker (no finish reason, `[DONE]` or `message_stop`).
    case streamTruncated(message: String)
    /// The provider sent something that is not its documented format.
    case malformedResponse(message: String)
    /// The caller cancelled the call.
    case cancelled
}

extension ProviderError: ClassifiedError {
    public var failureClass: FailureClass {
        switch self {
        case .authentication, .permission: .auth
        case .rateLimited, .quotaExceeded: .rateLimit
        case .cancelled: .interrupted
        case .notFound, .badRequest, .contextLengthExceeded, .overloaded, .server, .timeout, .connectionLost,
            .streamTruncated, .malformedResponse:
            .upstream
        }
    }

    /// Whether trying the same call again may succeed: 408/409/429/5xx, dropped connections,
    /// timeouts and truncated streams; never other 4xx.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .overloaded, .server, .timeout, .connectionLost, .streamTruncated: true
        case .authentication, .permission, .notFound, .badRequest, .contextLengthExceeded, .quotaExceeded,
            .malformedResponse, .cancelled:
            false
        }
    }

    /// The wait the provider asked for, in seconds, if any.
    public var retryAfter: TimeInterval? {
        switch self {
        case .rateLimited(_, let seconds), .overloaded(_, let seconds): seconds
        default: nil
        }
    }

    /// A short snake_case name for logs, JSON and metrics.
    public var errorClass: String {
        switch self {
        case .authentication: "authentication"
        case .permission: "permission"
        case .notFound: "not_found"
        case .badRequest: "bad_request"
        case .contextLengthExceeded: "context_length_exceeded"
        case .rateLimited: "rate_limited"
        case .quotaExceeded: "quota_exceeded"
        case .overloaded: "overloaded"
        case .server: "server_error"
        case .timeout: "timeout"
        case .connectionLost: "connection_lost"
        case .streamTruncated: "stream_truncated"
        case .malformedResponse: "malformed_response"
        case .cancelled: "cancelled"
        }
    }

    /// The provider's message, or llmgw's description of what happened.
    public var message: String {
        switch self {
        case .authentication(let message), .permission(let message), .notFound(let message),
            .badRequest(let message), .contextLengthExceeded(let message), .rateLimited(let message, _),
            .quotaExceeded(let message), .overloaded(let message, _), .server(_, let message),
            .timeout(let message), .connectionLost(let message), .streamTruncated(let message),
            .malformedResponse(let message):
            message
        case .cancelled: "cancelled"
        }
    }
}

/// The verdict of one key check.
public enum KeyCheckStatus: String, Sendable, Hashable, CaseIterable {
    /// The provider accepted the key.
    case ok
    /// The provider rejected the key (401, or Gemini's invalid-key 400).
    case invalid
    /// The key is valid but may not list models (403).
    case noPermission = "no_permission"
    /// The provider answered 429 (rate limit or quota).
    case rateLimited = "rate_limited"
    /// No answer: connection refused, DNS, TLS, timeout.
    case unreachable
    /// The provider answered with another error.
    case error
    /// No key was found for the provider.
    case missing

    /// The exit-code class of a failed check; `nil` for ``ok``.
    public var failureClass: FailureClass? {
        switch self {
        case .ok: nil
        case .invalid, .noPermission, .missing: .auth
        case .rateLimited: .rateLimit
        case .unreachable, .error: .upstream
        }
    }
}

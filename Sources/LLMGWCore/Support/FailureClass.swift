/// The kind of failure, which decides the process exit code and whether a call is retried.
public enum FailureClass: String, Sendable, Hashable, CaseIterable {
    /// A check, health probe or expectation failed (exit 1).
    case checkFailed = "check_failed"
    /// Bad command line or configuration (exit 2).
    case usage
    /// Missing, invalid or unauthorised key (exit 3).
    case auth
    /// Rate limited, out of quota or over budget (exit 4).
    case rateLimit = "rate_limit"
    /// The provider or the network failed, or refused the request (exit 5).
    case upstream
    /// A local file or database could not be read or written (exit 6).
    case io
    /// Stopped by Ctrl-C or a signal (exit 130).
    case interrupted

    /// The process exit code for this class, as the man page documents.
    public var exitCode: Int32 {
        switch self {
        case .checkFailed: 1
        case .usage: 2
        case .auth: 3
        case .rateLimit: 4
        case .upstream: 5
        case .io: 6
        case .interrupted: 130
        }
    }
}

/// An error that knows its ``FailureClass``.
public protocol ClassifiedError: Error {
    /// Which exit code the error leads to.
    var failureClass: FailureClass { get }
}

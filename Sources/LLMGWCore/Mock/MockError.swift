/// What went wrong configuring or running the mock upstream.
public enum MockError: Error, Sendable, Hashable {
    /// An `--error-rate` value is not `STATUS=PROBABILITY`.
    case invalidErrorRate(String, reason: String)
    /// A `--fault` value is not `KIND=PROBABILITY` with a known kind.
    case invalidFault(String, reason: String)
    /// A duration such as `--latency` is not a non-negative number with `ms` or `s`.
    case invalidDuration(String)
    /// A behaviour setting is out of range.
    case invalidSetting(name: String, reason: String)
    /// An `x-mock-*` request header has a value the mock cannot use (answered with a 400).
    case invalidOverride(header: String, value: String, expected: String)
    /// The request body is not a valid request of its format (answered with a 400).
    case badRequest(String)
    /// The disconnect fault fired: the body stops here and the connection must be closed abruptly.
    case disconnectFault
}

extension MockError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidErrorRate(let text, let reason):
            "invalid error rate '\(text)': \(reason); write STATUS=PROBABILITY, e.g. 429=0.1"
        case .invalidFault(let text, let reason):
            "invalid fault '\(text)': \(reason); write KIND=PROBABILITY with KIND one of "
                + MockFault.allCases.map(\.rawValue).joined(separator: ", ") + ", e.g. truncate=0.05"
        case .invalidDuration(let text):
            "invalid duration '\(text)': write a non-negative number with ms or s, e.g. 200ms or 1.5s"
        case .invalidSetting(let name, let reason):
            "invalid mock setting \(name): \(reason)"
        case .invalidOverride(let header, let value, let expected):
            "invalid \(header) header '\(value)': expected \(expected)"
        case .badRequest(let message):
            message
        case .disconnectFault:
            "the mock upstream dropped the connection (disconnect fault)"
        }
    }
}

/// Per-request overrides read from `x-mock-*` request headers, so a test can force one outcome.
///
/// | header | effect |
/// |---|---|
/// | `x-mock-status: 503` | fail with this status (in the provider's error shape); `200` forces success |
/// | `x-mock-fault: truncate` | break the body: `disconnect`, `truncate`, `stall`, `malformed`, or `none` |
/// | `x-mock-fault-after: 3` | the token (or, for JSON bodies, byte) where the fault strikes; default half way |
/// | `x-mock-output-tokens: 5` | the `lorem` output length |
/// | `x-mock-latency-ms: 250` | wait before the response head |
/// | `x-mock-tokens-per-second: 20` | streaming speed; `0` means as fast as possible |
public struct MockOverrides: Sendable, Hashable {
    /// Forced status, if any.
    public var status: Int?
    /// Forced fault; `.some(nil)` forces none.
    public var fault: MockFault??
    /// Where the fault strikes.
    public var faultAfter: Int?
    /// Forced `lorem` length.
    public var outputTokens: Int?
    /// Forced latency.
    public var latency: Duration?
    /// Forced speed; `.some(nil)` means as fast as possible.
    public var tokensPerSecond: Double??

    /// No overrides.
    public init() {}

    /// Reads the overrides from `headers`.
    /// - Throws: a message naming the header whose value is wrong.
    public init(headers: HTTPHeaders) throws(MockError) {
        if let text = headers["x-mock-status"] {
            guard let value = Int(text), (100...599).contains(value) else {
                throw .invalidOverride(header: "x-mock-status", value: text, expected: "an HTTP status (100-599)")
            }
            status = value
        }
        if let text = headers["x-mock-fault"] {
            if text.lowercased() == "none" {
                fault = .some(nil)
            } else if let value = MockFault(rawValue: text.lowercased()) {
                fault = value
            } else {
                throw .invalidOverride(
                    header: "x-mock-fault", value: text,
                    expected: "none or one of " + MockFault.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        faultAfter = try Self.count(headers, "x-mock-fault-after")
        outputTokens = try Self.count(headers, "x-mock-output-tokens")
        if let milliseconds = try Self.count(headers, "x-mock-latency-ms") {
            latency = .milliseconds(milliseconds)
        }
        if let text = headers["x-mock-tokens-per-second"] {
            guard let value = Double(text), value.isFinite, value >= 0 else {
                throw .invalidOverride(
                    header: "x-mock-tokens-per-second", value: text, expected: "a number, 0 for as fast as possible")
            }
            tokensPerSecond = value == 0 ? .some(nil) : value
        }
    }

    private static func count(_ headers: HTTPHeaders, _ name: String) throws(MockError) -> Int? {
        guard let text = headers[name] else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw .invalidOverride(header: name, value: text, expected: "a whole number, 0 or more")
        }
        return value
    }
}

extension MockBehavior {
    /// Parses an `--error-rate` value such as `429=0.1`.
    /// - Returns: the HTTP status (400–599) and its probability (0–1).
    /// - Throws: ``MockError/invalidErrorRate(_:reason:)`` naming what is wrong.
    public static func parseErrorRate(_ text: String) throws(MockError) -> (status: Int, probability: Double) {
        guard let (left, right) = splitPair(text) else {
            throw .invalidErrorRate(text, reason: "missing '='")
        }
        guard let status = Int(left), (400...599).contains(status) else {
            throw .invalidErrorRate(text, reason: "'\(left)' is not an HTTP error status (400-599)")
        }
        guard let probability = parseProbability(right) else {
            throw .invalidErrorRate(text, reason: "'\(right)' is not a probability between 0 and 1")
        }
        return (status, probability)
    }

    /// Parses a `--fault` value such as `truncate=0.05`.
    /// - Returns: the fault and its probability (0–1).
    /// - Throws: ``MockError/invalidFault(_:reason:)`` naming what is wrong.
    public static func parseFault(_ text: String) throws(MockError) -> (fault: MockFault, probability: Double) {
        guard let (left, right) = splitPair(text) else {
            throw .invalidFault(text, reason: "missing '='")
        }
        guard let fault = MockFault(rawValue: left.lowercased()) else {
            throw .invalidFault(text, reason: "unknown fault '\(left)'")
        }
        guard let probability = parseProbability(right) else {
            throw .invalidFault(text, reason: "'\(right)' is not a probability between 0 and 1")
        }
        return (fault, probability)
    }

    /// Parses a duration written as a number of seconds with an optional `ms` or `s` suffix:
    /// `200ms`, `1.5s`, `0`.
    /// - Throws: ``MockError/invalidDuration(_:)`` for anything else, negative values included.
    public static func parseDuration(_ text: String) throws(MockError) -> Duration {
        let trimmed = text.lowercased().filter { $0 != " " }
        var number = Substring(trimmed)
        var scale = 1.0
        if trimmed.hasSuffix("ms") {
            number = trimmed.dropLast(2)
            scale = 0.001
        } else if trimmed.hasSuffix("s") {
            number = trimmed.dropLast(1)
        }
        guard let value = Double(number), value.isFinite, value >= 0, value * scale < 86_400 else {
            throw .invalidDuration(text)
        }
        return .nanoseconds(Int64((value * scale * 1e9).rounded()))
    }

    /// Checks that rates and settings make sense together.
    /// - Throws: ``MockError`` when probabilities add up to more than 1, or a setting is out of range.
    public func validate() throws(MockError) {
        if let tokensPerSecond, !(tokensPerSecond > 0 && tokensPerSecond.isFinite) {
            throw .invalidSetting(name: "tokens per second", reason: "must be a number above 0")
        }
        if let outputTokens, outputTokens < 0 {
            throw .invalidSetting(name: "output tokens", reason: "must be 0 or more")
        }
        if latency < .zero { throw .invalidSetting(name: "latency", reason: "must not be negative") }
        let errorTotal = errorRates.values.reduce(0, +)
        if errorTotal > 1.000_001 {
            throw .invalidSetting(name: "error rates", reason: "they add up to \(errorTotal), more than 1")
        }
        let faultTotal = faults.values.reduce(0, +)
        if faultTotal > 1.000_001 {
            throw .invalidSetting(name: "faults", reason: "they add up to \(faultTotal), more than 1")
        }
    }

    private static func splitPair(_ text: String) -> (Substring, Substring)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let left = text[..<equals].filter { $0 != " " }
        let right = text[text.index(after: equals)...].filter { $0 != " " }
        return (Substring(left), Substring(right))
    }

    private static func parseProbability(_ text: Substring) -> Double? {
        var text = text
        var scale = 1.0
        if text.hasSuffix("%") {
            text = text.dropLast()
            scale = 0.01
        }
        guard let value = Double(text), value.isFinite else { return nil }
        let probability = value * scale
        return (0...1).contains(probability) ? probability : nil
    }
}

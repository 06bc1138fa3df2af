extension RequestRecord {
    /// A log record for a finished call: status, tokens and timings from the report.
    ///
    /// The error message is passed through ``Redactor`` with the endpoint's key as a safety net.
    /// - Parameters:
    ///   - report: the executor's report.
    ///   - command: the llmgw command (`chat`, `bench`, …).
    ///   - route: the route used, if any.
    ///   - costMicros: the cost in micro-dollars, `nil` when the price is unknown.
    ///   - conversationID: the chat conversation, if any.
    ///   - streamed: whether the response was streamed.
    ///   - estimatedInputTokens: llmgw's uncalibrated estimate of the prompt, from
    ///     ``TokenEstimator/calibrationBasis(for:)``; logged only next to reported usage, for calibration.
    public init(
        report: CallReport, command: String, route: String? = nil, costMicros: Int64?, conversationID: String? = nil,
        streamed: Bool = true, estimatedInputTokens: Int? = nil
    ) {
        let status: Status = report.interrupted ? .interrupted : (report.error == nil ? .ok : .error)
        let usage = report.result.usage
        let secrets = [report.endpoint.apiKey?.secret].compactMap { $0 }
        self.init(
            startedAt: report.startedAt, command: command, route: route, provider: report.endpoint.provider,
            model: report.endpoint.model, status: status, errorClass: report.error?.errorClass,
            errorMessage: report.error.map { Redactor.text($0.message, secrets: secrets) },
            inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens,
            cachedInputTokens: usage?.cachedInputTokens, reasoningTokens: usage?.reasoningTokens,
            usageSource: usage == nil ? .none : .reported, costMicros: costMicros,
            latencyMs: Int(report.latency.milliseconds.rounded()),
            ttftMs: report.timeToFirstToken.map { Int($0.milliseconds.rounded()) },
            attempts: max(1, report.attempts.count), finishReason: report.result.finishReason?.name,
            streamed: streamed, requestID: report.result.responseID, conversationID: conversationID,
            keyName: report.keyName, estimatedInputTokens: usage == nil ? nil : estimatedInputTokens)
        if report.attempts.count > 1 || !report.skipped.isEmpty || report.cacheHit || report.route != nil {
            attemptsDetail = Self.attemptsDetail(report).serialized()
        }
    }

    /// The attempts and skipped candidates of a report as JSON.
    static func attemptsDetail(_ report: CallReport) -> JSONValue {
        .object([
            "attempts": .array(
                report.attempts.map { attempt in
                    var object: [String: JSONValue] = [
                        "target": .string(attempt.target), "outcome": .string(attempt.outcome),
                        "latency_ms": .number((attempt.latency.milliseconds * 10).rounded() / 10),
                        "waited_ms": .number((attempt.waitedBefore.milliseconds * 10).rounded() / 10),
                    ]
                    if let note = attempt.note { object["note"] = .string(note) }
                    return .object(object)
                }),
            "skipped": .array(
                report.skipped.map {
                    .object([
                        "target": .string($0.target), "reason": .string($0.reason.code),
                        "detail": .string($0.reason.description),
                    ])
                }),
            "cache_hit": .bool(report.cacheHit),
        ])
    }
}

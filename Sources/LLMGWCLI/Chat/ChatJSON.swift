import LLMGWCore

/// The `llmgw.chat/1` JSON object that `chat --json` prints.
enum ChatJSON {
    static func object(report: CallReport, reference: String, cost: Int64?) -> JSONValue {
        let result = report.result
        var object: [String: JSONValue] = [
            "schema": "llmgw.chat/1",
            "model": .string(reference),
            "provider": .string(report.endpoint.provider),
            "target": .string(report.target),
            "served_model": result.servedModel.map(JSONValue.string) ?? .null,
            "text": .string(result.text),
            "finish_reason": result.finishReason.map { .string($0.name) } ?? .null,
            "complete": .bool(report.succeeded),
            "interrupted": .bool(report.interrupted),
            "latency_ms": .number(rounded(report.latency.milliseconds)),
            "ttft_ms": report.timeToFirstToken.map { .number(rounded($0.milliseconds)) } ?? .null,
            "cost_usd": cost.map { .number(Double($0) / 1_000_000) } ?? .null,
            "tool_calls": .array(
                result.toolCalls.map {
                    .object(["id": .string($0.id), "name": .string($0.name), "arguments": .string($0.arguments)])
                }
            ),
            "attempts": .array(
                report.attempts.map { attempt in
                    var object: [String: JSONValue] = [
                        "target": .string(attempt.target), "outcome": .string(attempt.outcome),
                        "latency_ms": .number(rounded(attempt.latency.milliseconds)),
                        "waited_ms": .number(rounded(attempt.waitedBefore.milliseconds)),
                    ]
                    if let note = attempt.note { object["note"] = .string(note) }
                    return .object(object)
                }),
            "route": report.route.map(JSONValue.string) ?? .null,
            "skipped": .array(
                report.skipped.map {
                    .object([
                        "target": .string($0.target), "reason": .string($0.reason.code),
                        "detail": .string($0.reason.description),
                    ])
                }),
            "cache_hit": .bool(report.cacheHit),
            "restarted": .bool(report.restarted),
        ]
        if !result.reasoning.isEmpty { object["reasoning"] = .string(result.reasoning) }
        if let usage = result.usage {
            object["usage"] = .object([
                "input_tokens": .number(Double(usage.inputTokens)),
                "output_tokens": .number(Double(usage.outputTokens)),
                "cached_input_tokens": .number(Double(usage.cachedInputTokens)),
                "reasoning_tokens": .number(Double(usage.reasoningTokens)),
                "source": "reported",
            ])
        } else {
            object["usage"] = .null
        }
        if let error = report.error {
            object["error"] = .object(["class": .string(error.errorClass), "message": .string(error.message)])
        } else {
            object["error"] = .null
        }
        return .object(object)
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

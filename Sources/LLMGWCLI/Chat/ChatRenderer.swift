import LLMGWCore
import Synchronization

/// Writes a chat answer as it streams (text mode) or as one JSON object at the end (`--json`).
final class ChatRenderer: Sendable {
    private let json: Bool
    private let verbose: Bool
    private let state = Mutex(State())

    private struct State {
        var wroteText = false
        var endsWithNewline = true
        var inReasoning = false
        var stdoutClosed = false
        /// Text received but not yet written: a fast stream is written a few hundred times a
        /// second, not once per token.
        var pending: [UInt8] = []
        var flushScheduled = false
    }

    /// How long received text may wait before it is written: short enough to be invisible.
    private static let flushDelay = Duration.milliseconds(2)
    /// Pending text is written at once past this size.
    private static let flushSize = 8192

    init(json: Bool, verbose: Bool) {
        self.json = json
        self.verbose = verbose
    }

    /// Shows one event as it arrives.
    func handle(_ event: ChatEvent) {
        guard !json else { return }
        switch event {
        case .textDelta(let text):
            guard !text.isEmpty else { return }
            let schedule = state.withLock { state -> Bool in
                if state.inReasoning {
                    Terminal.standardError.write("\n")
                    state.inReasoning = false
                }
                guard !state.stdoutClosed else { return false }
                state.pending.append(contentsOf: text.utf8)
                state.wroteText = true
                state.endsWithNewline = text.hasSuffix("\n")
                if state.pending.count >= Self.flushSize {
                    Self.writePending(&state)
                    return false
                }
                guard !state.flushScheduled else { return false }
                state.flushScheduled = true
                return true
            }
            if schedule {
                Task { [self] in
                    try? await Task.sleep(for: Self.flushDelay)
                    flush()
                }
            }
        case .reasoningDelta(let text):
            guard verbose, !text.isEmpty else { return }
            state.withLock { state in
                Self.writePending(&state)
                state.inReasoning = true
            }
            Terminal.standardError.write(Terminal.standardError.styled(text, .dim))
        case .started, .toolCallDelta, .usage, .finish:
            break
        }
    }

    /// Writes the text received so far.
    func flush() {
        state.withLock { state in
            state.flushScheduled = false
            Self.writePending(&state)
        }
    }

    private static func writePending(_ state: inout State) {
        guard !state.pending.isEmpty else { return }
        if !state.stdoutClosed {
            let written = state.pending.withUnsafeBufferPointer { Terminal.standardOutput.write(bytes: $0) }
            if !written { state.stdoutClosed = true }
        }
        state.pending.removeAll(keepingCapacity: true)
    }

    /// Says on stderr that the routing engine restarted the answer on another target.
    func notice(_ text: String) {
        let stderr = Terminal.standardError
        state.withLock { state in
            Self.writePending(&state)
            if !json, state.wroteText, !state.endsWithNewline {
                Terminal.standardOutput.write("\n")
                state.endsWithNewline = true
            }
        }
        stderr.writeLine(stderr.styled("llmgw: \(text)", .yellow))
    }

    /// Ends the output: the newline, tool calls and diagnostics in text mode, or the JSON object.
    func finish(report: CallReport, reference: String, cost: Int64?) {
        if json {
            Terminal.standardOutput.writeLine(
                ChatJSON.object(report: report, reference: reference, cost: cost).serialized())
            return
        }
        let (wroteText, endsWithNewline) = state.withLock { state in
            Self.writePending(&state)
            return (state.wroteText, state.endsWithNewline)
        }
        if wroteText, !endsWithNewline { Terminal.standardOutput.write("\n") }
        for call in report.result.toolCalls {
            Terminal.standardOutput.writeLine("[tool call \(call.id)] \(call.name)(\(call.arguments))")
        }
        let stderr = Terminal.standardError
        if report.interrupted {
            stderr.writeLine(
                stderr.styled("llmgw: interrupted; the answer above is what arrived before Ctrl-C", .yellow))
        } else if let error = report.error {
            let partial = report.result.text.isEmpty ? "" : " (the answer above is incomplete)"
            stderr.writeLine(stderr.styled("llmgw: \(report.target): \(ChatRenderer.describe(error))\(partial)", .red))
        } else if report.result.finishReason == .length {
            stderr.writeLine(
                stderr.styled("llmgw: the answer stopped at the output token limit (--max-tokens)", .yellow))
        } else if report.result.finishReason == .contentFilter {
            stderr.writeLine(stderr.styled("llmgw: the provider's content filter stopped the answer", .yellow))
        }
        if verbose {
            for attempt in report.attempts where report.attempts.count > 1 || attempt.note != nil {
                let waited =
                    attempt.waitedBefore > .zero
                    ? String(format: " after waiting %.0f ms", attempt.waitedBefore.milliseconds) : ""
                stderr.writeLine(
                    stderr.styled(
                        "llmgw: attempt \(attempt.target): \(attempt.outcome)"
                            + String(format: " in %.1f ms", attempt.latency.milliseconds) + waited
                            + (attempt.note.map { "; \($0)" } ?? ""), .dim))
            }
            for skipped in report.skipped {
                stderr.writeLine(stderr.styled("llmgw: skipped \(skipped.target): \(skipped.reason.description)", .dim))
            }
            if report.cacheHit { stderr.writeLine(stderr.styled("llmgw: answered from the response cache", .dim)) }
            let usage = report.result.usage.map { "\($0.inputTokens) in, \($0.outputTokens) out" } ?? "usage unknown"
            let ttft = report.timeToFirstToken.map { String(format: "%.1f ms", $0.milliseconds) } ?? "-"
            let costText = cost.map { CostFormat.dollars(micros: $0) } ?? "unknown"
            stderr.writeLine(
                stderr.styled(
                    "llmgw: \(report.target) · \(usage) · ttft \(ttft) · total "
                        + String(format: "%.1f ms", report.latency.milliseconds) + " · cost \(costText)", .dim))
        }
    }

    /// A provider error in words a user can act on.
    static func describe(_ error: ProviderError) -> String {
        switch error {
        case .authentication(let message):
            "authentication failed: \(message). Check the key (llmgw chat -v shows which one is used)."
        case .permission(let message): "permission denied: \(message)"
        case .notFound(let message): "not found: \(message). Check the model name."
        case .badRequest(let message): "the provider rejected the request: \(message)"
        case .contextLengthExceeded(let message): "the prompt is too long for this model: \(message)"
        case .rateLimited(let message, let retryAfter):
            "rate limited\(retryAfter.map { " (retry after \(Int($0.rounded(.up)))s)" } ?? ""): \(message)"
        case .quotaExceeded(let message): "out of quota or credit: \(message)"
        case .overloaded(let message, _): "the provider is overloaded: \(message)"
        case .server(let status, let message): "provider error \(status): \(message)"
        case .timeout(let message): "timed out: \(message)"
        case .connectionLost(let message): "connection failed: \(message)"
        case .streamTruncated(let message): "the stream was cut off: \(message)"
        case .malformedResponse(let message): "the provider sent a malformed response: \(message)"
        case .cancelled: "cancelled"
        }
    }
}

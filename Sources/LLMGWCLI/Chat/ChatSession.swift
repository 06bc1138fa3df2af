import Foundation
import LLMGWCore

/// A conversation in progress: the messages so far, the model, and running totals. One-shot chat
/// and the REPL both send turns through it.
final class ChatSession {
    let context: CLIContext
    let command: ChatCommand
    var modelReference: String?
    var system: String?
    var history: [ChatMessage] = []
    var conversationID: String?
    private var pendingAttachments: [ContentPart]
    private var mockNoteShown = false
    /// Token and cost totals of this session, for `/cost`.
    private(set) var totals = SessionTotals()

    /// Token and cost totals of a session.
    struct SessionTotals {
        var calls = 0
        var inputTokens = 0
        var outputTokens = 0
        var costMicros: Int64 = 0
        var unpricedCalls = 0
    }

    /// What one turn produced for the process: an exit code when it did not succeed.
    struct TurnOutcome {
        var report: CallReport?
        var exitCode: Int32?
    }

    /// - Throws: ``AttachmentError`` for unusable attachments; storage errors for `-c` without a log.
    init(command: ChatCommand, context: CLIContext) throws {
        self.command = command
        self.context = context
        modelReference = command.model
        system = command.system
        pendingAttachments = try command.attachments.map { path throws(AttachmentError) in try Attachment.load(path) }
        if command.continueConversation {
            guard let store = context.conversations else {
                throw CLIError.usage("--continue needs the request log, which could not be opened")
            }
            guard let last = try store.lastConversation() else {
                throw CLIError.usage("--continue: there is no earlier conversation yet")
            }
            conversationID = last.id
            history = last.messages.filter { $0.role != .system }
            if system == nil { system = last.messages.first { $0.role == .system }?.text }
            if modelReference == nil { modelReference = last.model }
        }
    }

    /// Clears the conversation (the REPL's `/clear`).
    func clear() {
        history = []
        conversationID = nil
    }

    /// Sends one user turn, renders the answer and records the call.
    func send(_ text: String) async -> TurnOutcome {
        var content: [ContentPart] = [.text(text)]
        content.append(contentsOf: pendingAttachments)
        let userMessage = ChatMessage(role: .user, content: content)
        var messages: [ChatMessage] = []
        if let system, !system.isEmpty { messages.append(.text(.system, system)) }
        messages.append(contentsOf: history)
        messages.append(userMessage)
        let request = buildRequest(messages: messages)
        let options = routeOptions()
        let routeExecutor = context.routeExecutor

        let plan: RoutePlan
        do {
            plan = try await routeExecutor.plan(request, reference: modelReference, options: options)
            try announce(plan)
        } catch {
            return failure(error)
        }

        let renderer = ChatRenderer(json: command.json, verbose: context.verbose)
        let (outcome, interrupted) = await InterruptHandler.shared.run { () async -> Result<CallReport, RoutingError> in
            do throws(RoutingError) {
                return .success(
                    try await routeExecutor.execute(
                        request, plan: plan, options: options, onEvent: { renderer.handle($0) },
                        onNotice: { renderer.notice($0) }))
            } catch {
                return .failure(error)
            }
        }
        var finalReport: CallReport
        switch outcome {
        case .success(let report): finalReport = report
        case .failure(let error): return failure(error)
        }
        if interrupted { finalReport.interrupted = true }
        let catalog = (try? PriceCatalog.load(paths: context.paths)) ?? .embedded
        let cost = CostCalculator(config: context.config, catalog: catalog).cost(of: finalReport)
        renderer.finish(report: finalReport, reference: modelReference ?? plan.reference, cost: cost)
        record(finalReport, cost: cost, request: request)
        pendingAttachments = []
        if !finalReport.interrupted, finalReport.error == nil {
            history.append(userMessage)
            history.append(
                ChatMessage(
                    role: .assistant, content: finalReport.result.text.isEmpty ? [] : [.text(finalReport.result.text)],
                    toolCalls: finalReport.result.toolCalls))
            saveConversation(endpoint: finalReport.endpoint)
        }
        if finalReport.interrupted { return TurnOutcome(report: finalReport, exitCode: FailureExit.interrupted) }
        if let error = finalReport.error {
            return TurnOutcome(report: finalReport, exitCode: error.failureClass.exitCode)
        }
        return TurnOutcome(report: finalReport, exitCode: nil)
    }

    private func failure(_ error: any Error) -> TurnOutcome {
        Terminal.standardError.writeLine("llmgw: \(LLMGW.describe(error))")
        let code = (error as? any ClassifiedError)?.failureClass.exitCode ?? FailureClass.usage.exitCode
        return TurnOutcome(report: nil, exitCode: code)
    }

    /// The routing options of this session's command line.
    private func routeOptions() -> RouteCallOptions {
        let overrides = command.routing.overrides
        var timeouts = context.config.timeouts.transportTimeouts
        timeouts.total = nil
        var total = context.config.timeouts.total
        if let text = command.timeout, let limit = ConfigDuration.parse(text) { total = limit }
        return RouteCallOptions(
            overrides: overrides, tags: command.routing.tag, timeouts: timeouts, totalTimeout: total,
            resumeOnFallback: command.resumeOnFallback ? true : nil, apiKeyEnv: command.apiKeyEnv,
            cache: command.noCache ? .disabled : (command.cache ? .enabled : .automatic))
    }

    /// Notes the mock fallback, and with `-v` the routing decision; throws when nothing is eligible.
    private func announce(_ plan: RoutePlan) throws(RoutingError) {
        if context.verbose, plan.route != nil || plan.candidates.count > 1 {
            context.note("route \(plan.reference) (\(plan.strategy)):")
            for (index, candidate) in plan.eligible.enumerated() {
                context.note("  \(index + 1). \(candidate.reference) — \(candidate.origin)")
            }
            for skipped in plan.skipped {
                context.note("  skipped \(skipped.target): \(skipped.reason.description)")
            }
        }
        guard let pick = plan.pick, let target = pick.endpoint else {
            throw .noEligibleTarget(route: plan.reference, skipped: plan.skipped)
        }
        if target.usedMockFallback, !mockNoteShown {
            mockNoteShown = true
            context.note(
                "no provider is configured, so the built-in mock answers (\(target.reference)). "
                    + "Export OPENAI_API_KEY (or ANTHROPIC_API_KEY, GEMINI_API_KEY, …) or add a provider to "
                    + "\(context.paths.configFile) to use a real model.")
        }
        if context.verbose {
            let endpoint = target.endpoint
            context.note(
                "target \(endpoint.provider)/\(endpoint.model) at \(Redactor.url(endpoint.baseURL)) "
                    + "(\(endpoint.kind.rawValue)), key \(endpoint.apiKey?.masked ?? "none") from \(target.keySource)")
        }
    }

    private func buildRequest(messages: [ChatMessage]) -> ChatRequest {
        var options: [String: JSONValue] = [:]
        for option in command.options {
            if let parsed = try? ProviderOption.parse(option) { options[parsed.key] = parsed.value }
        }
        return ChatRequest(
            model: "", messages: messages, temperature: command.temperature, topP: command.topP,
            maxTokens: command.maxTokens, stop: command.stop, seed: command.seed,
            responseFormat: command.jsonMode ? .jsonObject : nil, stream: !command.noStream, options: options)
    }

    private func record(_ report: CallReport, cost: Int64?, request: ChatRequest) {
        totals.calls += 1
        totals.inputTokens += report.result.usage?.inputTokens ?? 0
        totals.outputTokens += report.result.usage?.outputTokens ?? 0
        if let cost { totals.costMicros += cost } else { totals.unpricedCalls += 1 }
        // llmgw's own estimate of the prompt, kept beside the usage the provider reported, calibrates
        // later estimates for models without an exact tokenizer. Exact models and the mock skip it.
        let endpoint = report.endpoint
        let calibrate =
            report.result.usage != nil && endpoint.kind != .mock
            && !TokenCounter.forModel("\(endpoint.provider)/\(endpoint.model)").isExact
        context.requestLog?.record(
            RequestRecord(
                report: report, command: "chat", route: report.route, costMicros: cost, conversationID: conversationID,
                streamed: !command.noStream,
                estimatedInputTokens: calibrate ? TokenEstimator.calibrationBasis(for: request) : nil))
    }

    private func saveConversation(endpoint: ProviderEndpoint) {
        guard let store = context.conversations else { return }
        var messages = history
        if let system, !system.isEmpty { messages.insert(.text(.system, system), at: 0) }
        do {
            conversationID = try store.save(
                id: conversationID, model: modelReference ?? "\(endpoint.provider)/\(endpoint.model)",
                messages: messages)
        } catch {
            context.note(
                "warning: the conversation was not saved: \(LLMGW.describe(error))")
        }
    }
}

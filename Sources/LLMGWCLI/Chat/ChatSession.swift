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
        let endpoint: ProviderEndpoint
        do {
            endpoint = try resolveEndpoint()
        } catch {
            Terminal.standardError.writeLine("llmgw: \(LLMGW.describe(error))")
            let code = (error as? any ClassifiedError)?.failureClass.exitCode ?? FailureClass.usage.exitCode
            return TurnOutcome(report: nil, exitCode: code)
        }
        var content: [ContentPart] = [.text(text)]
        content.append(contentsOf: pendingAttachments)
        let userMessage = ChatMessage(role: .user, content: content)
        var messages: [ChatMessage] = []
        if let system, !system.isEmpty { messages.append(.text(.system, system)) }
        messages.append(contentsOf: history)
        messages.append(userMessage)
        let request = buildRequest(messages: messages)

        let renderer = ChatRenderer(json: command.json, verbose: context.verbose)
        let executor = context.executor
        let timeouts = timeoutsForCall()
        let (report, interrupted) = await InterruptHandler.shared.run {
            await executor.execute(request, on: endpoint, timeouts: timeouts) { event in
                renderer.handle(event)
            }
        }
        var finalReport = report
        if interrupted { finalReport.interrupted = true }
        let cost = CostCalculator(config: context.config).cost(of: finalReport)
        renderer.finish(report: finalReport, reference: modelReference ?? finalReport.target, cost: cost)
        record(finalReport, cost: cost)
        pendingAttachments = []
        if !finalReport.interrupted, finalReport.error == nil {
            history.append(userMessage)
            history.append(
                ChatMessage(
                    role: .assistant, content: finalReport.result.text.isEmpty ? [] : [.text(finalReport.result.text)],
                    toolCalls: finalReport.result.toolCalls))
            saveConversation(endpoint: endpoint)
        }
        if finalReport.interrupted { return TurnOutcome(report: finalReport, exitCode: FailureExit.interrupted) }
        if let error = finalReport.error {
            return TurnOutcome(report: finalReport, exitCode: error.failureClass.exitCode)
        }
        return TurnOutcome(report: finalReport, exitCode: nil)
    }

    private func resolveEndpoint() throws -> ProviderEndpoint {
        var resolved = try context.resolver.resolve(modelReference, apiKeyEnv: command.apiKeyEnv)
        // Routes are followed to their first target until the routing engine picks among them.
        var seen: Set<String> = []
        while case .route(let name, let route) = resolved {
            guard seen.insert(name).inserted,
                let first = route.targets.first
                    ?? route.ruleTargets.first.map({
                        RouteTarget(model: $0)
                    })
            else {
                throw CLIError.usage("route '\(name)' has no target to send to")
            }
            resolved = try context.resolver.resolve(first.model, apiKeyEnv: command.apiKeyEnv)
        }
        guard let target = resolved.endpoint else {
            throw CLIError.usage("'\(resolved.reference)' does not name a model")
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
        return target.endpoint
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

    private func timeoutsForCall() -> TransportTimeouts {
        var timeouts = context.config.timeouts.transportTimeouts
        if let text = command.timeout, let total = ConfigDuration.parse(text) { timeouts.total = total }
        return timeouts
    }

    private func record(_ report: CallReport, cost: Int64?) {
        totals.calls += 1
        totals.inputTokens += report.result.usage?.inputTokens ?? 0
        totals.outputTokens += report.result.usage?.outputTokens ?? 0
        if let cost { totals.costMicros += cost } else { totals.unpricedCalls += 1 }
        context.requestLog?.record(
            RequestRecord(
                report: report, command: "chat", route: nil, costMicros: cost, conversationID: conversationID,
                streamed: !command.noStream))
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

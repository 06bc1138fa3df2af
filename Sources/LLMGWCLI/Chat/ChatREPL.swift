import LLMGWCore

/// The interactive chat: reads turns with line editing and history, streams each answer.
struct ChatREPL {
    let command: ChatCommand
    let context: CLIContext

    static let help = """
        Type a message and press Enter. Commands:
          /model [name]    show or switch the model (provider/model or a route)
          /system [text]   show or set the system prompt (empty text clears it)
          /cost            tokens and cost of this session
          /clear           start a new conversation
          /help            this text
          /exit            quit (Ctrl-D also quits; Ctrl-C stops an answer, or quits at the prompt)
        Multi-line input: end a line with \\ to continue it, or enclose lines in \"\"\" … \"\"\".
        """

    func run() async throws {
        let session = try ChatSession(command: command, context: context)
        let editor = LineEditor(historyFile: context.paths.historyFile)
        let stderr = Terminal.standardError
        stderr.writeLine(
            stderr.styled(
                "llmgw chat · \(session.modelReference ?? "default model") · /help for commands, Ctrl-D to quit", .dim))
        while let input = await readTurn(editor: editor) {
            let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("/") {
                if try handleCommand(trimmed, session: session) { break }
                continue
            }
            _ = await session.send(input)
            await context.flush()
        }
        await context.flush()
    }

    /// Reads one turn, joining continued lines and triple-quoted blocks; `nil` at end of input.
    private func readTurn(editor: LineEditor) async -> String? {
        guard let first = await editor.readLine(prompt: "› ") else {
            Terminal.standardError.write("\n")
            return nil
        }
        editor.remember(first)
        if first.trimmingCharacters(in: .whitespaces) == "\"\"\"" {
            var lines: [String] = []
            while let line = await editor.readLine(prompt: "… ") {
                if line.trimmingCharacters(in: .whitespaces) == "\"\"\"" { break }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }
        var text = first
        while text.hasSuffix("\\") {
            text.removeLast()
            guard let next = await editor.readLine(prompt: "… ") else { break }
            text += "\n" + next
        }
        return text
    }

    /// Runs a slash command. - Returns: whether to quit.
    private func handleCommand(_ line: String, session: ChatSession) throws -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        let stderr = Terminal.standardError
        switch parts[0] {
        case "/exit", "/quit":
            return true
        case "/help":
            stderr.writeLine(Self.help)
        case "/model":
            if argument.isEmpty {
                stderr.writeLine("model: \(session.modelReference ?? "default (\(defaultModelName()))")")
            } else {
                do {
                    _ = try context.resolver.resolve(argument, apiKeyEnv: command.apiKeyEnv)
                    session.modelReference = argument
                    stderr.writeLine("model: \(argument)")
                } catch {
                    stderr.writeLine(stderr.styled("llmgw: \(LLMGW.describe(error))", .red))
                }
            }
        case "/system":
            if parts.count == 1 {
                stderr.writeLine("system: \(session.system ?? "(none)")")
            } else {
                session.system = argument.isEmpty ? nil : argument
                stderr.writeLine(argument.isEmpty ? "system prompt cleared" : "system prompt set")
            }
        case "/clear":
            session.clear()
            stderr.writeLine("new conversation")
        case "/cost":
            let totals = session.totals
            var text =
                "\(totals.calls) calls · \(totals.inputTokens) input tokens · \(totals.outputTokens) output tokens"
            text += " · cost \(CostFormat.dollars(micros: totals.costMicros))"
            if totals.unpricedCalls > 0 {
                text += " (+ \(totals.unpricedCalls) calls of unknown cost: no price or no usage reported)"
            }
            stderr.writeLine(text)
        default:
            stderr.writeLine("unknown command \(parts[0]); /help lists them")
        }
        return false
    }

    private func defaultModelName() -> String {
        (try? context.resolver.resolve(nil, apiKeyEnv: command.apiKeyEnv).reference) ?? "unset"
    }
}

import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw chat`: one prompt streamed to stdout, or an interactive session on a terminal.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Send a prompt to a model and stream the answer.",
        discussion: """
            The prompt comes from the arguments, from standard input, or both: piped input becomes \
            context placed before the prompt (`git diff | llmgw chat "review this"`). With no prompt \
            and a terminal on standard input, chat starts an interactive session with line editing \
            and history; type /help there for its commands.

            The answer streams to stdout as it arrives. Ctrl-C stops it and keeps what came (exit \
            130). A stream that ends early is reported on stderr and exits 5, never as a success.

            With no -m, the model is default_model from the config, then LLMGW_MODEL, then the first \
            provider whose key variable is set; with none, the built-in mock answers (mock/echo \
            repeats the prompt, mock/lorem writes text) and a note on stderr says how to add a \
            provider.

            --json prints one object (schema llmgw.chat/1) with text, model, provider, usage, cost \
            when known, latency_ms, ttft_ms, finish_reason and attempts.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The prompt; several words are joined with spaces.", valueName: "prompt"))
    var prompt: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Model (provider/model) or route name.", valueName: "model"))
    var model: String?

    @Option(name: [.short, .long], help: ArgumentHelp("System prompt.", valueName: "text"))
    var system: String?

    @Option(help: ArgumentHelp("Sampling temperature.", valueName: "t"))
    var temperature: Double?

    @Option(name: .customLong("top-p"), help: ArgumentHelp("Nucleus sampling probability.", valueName: "p"))
    var topP: Double?

    @Option(name: .customLong("max-tokens"), help: ArgumentHelp("Maximum output tokens.", valueName: "n"))
    var maxTokens: Int?

    @Option(help: ArgumentHelp("Stop sequence (repeatable).", valueName: "text"))
    var stop: [String] = []

    @Option(help: ArgumentHelp("Seed for providers that support deterministic sampling.", valueName: "n"))
    var seed: Int?

    @Option(
        name: [.customShort("o"), .customLong("option")],
        help: ArgumentHelp(
            "Provider body field, key=value (repeatable); JSON values are sent as JSON.", valueName: "key=value"))
    var options: [String] = []

    @Option(
        name: [.customShort("a"), .customLong("attach")],
        help: ArgumentHelp("Attach an image or text file, or an image URL (repeatable).", valueName: "file"))
    var attachments: [String] = []

    @Flag(name: .customLong("json-mode"), help: "Ask the model for a JSON object (response_format json_object).")
    var jsonMode = false

    @Flag(name: .customLong("no-stream"), help: "Ask for the whole answer at once instead of a stream.")
    var noStream = false

    @Flag(help: "Print one JSON object (schema llmgw.chat/1) instead of the streamed text.")
    var json = false

    @Flag(name: [.short, .customLong("continue")], help: "Continue the last conversation.")
    var continueConversation = false

    @Option(
        name: .customLong("api-key-env"),
        help: ArgumentHelp("Read the provider key from this environment variable.", valueName: "name"))
    var apiKeyEnv: String?

    @Option(help: ArgumentHelp("Total time limit for the call, e.g. 30s or 2m.", valueName: "duration"))
    var timeout: String?

    @OptionGroup(title: "Routing overrides") var routing: RouteOverrideOptions

    @Flag(
        name: .customLong("resume-on-fallback"),
        help: "If a stream fails after its first token, restart the answer on the next target.")
    var resumeOnFallback = false

    @Flag(help: "Use the response cache even when the temperature is not 0.")
    var cache = false

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the response cache.")
    var noCache = false

    func validate() throws {
        if let temperature, !(0...2).contains(temperature) {
            throw ValidationError("--temperature must be between 0 and 2, got \(temperature)")
        }
        if let topP, !(0...1).contains(topP) {
            throw ValidationError("--top-p must be between 0 and 1, got \(topP)")
        }
        if let maxTokens, maxTokens < 1 {
            throw ValidationError("--max-tokens must be at least 1, got \(maxTokens)")
        }
        for option in options {
            do { _ = try ProviderOption.parse(option) } catch { throw ValidationError(error.description) }
        }
        if let timeout, ConfigDuration.parse(timeout) == nil {
            throw ValidationError("--timeout '\(timeout)' is not a duration; write e.g. 30s, 500ms or 2m")
        }
        if cache, noCache { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    func run() async throws {
        let context = try CLIContext.load(global: global)
        defer { context.close() }
        let piped = try StandardInput.readAllIfPiped().flatMap { $0.isEmpty ? nil : $0 }
        let promptText = prompt.joined(separator: " ")
        if promptText.isEmpty && piped == nil {
            guard StandardInput.isTTY, !json else {
                throw CLIError.usage("no prompt: give one as an argument or on standard input")
            }
            try await ChatREPL(command: self, context: context).run()
            return
        }
        var text = promptText
        if let piped {
            guard let pipedText = String(validating: piped, as: UTF8.self) else {
                throw CLIError.usage("standard input is not UTF-8 text; attach binary files with -a")
            }
            text = promptText.isEmpty ? pipedText : pipedText + (pipedText.hasSuffix("\n") ? "\n" : "\n\n") + promptText
        }
        let session = try ChatSession(command: self, context: context)
        let outcome = await session.send(text)
        await context.flush()
        if let code = outcome.exitCode { throw ExitCode(code) }
    }
}

import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw cost estimate`: prices a prompt across models, cheapest first.
struct CostEstimateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Price a prompt across models, cheapest first.",
        discussion: """
            The prompt comes from the arguments, -f files and piped stdin (in that order: stdin, files, \
            arguments). Input tokens are counted with the model's tokenizer where llmgw has it, and are \
            labelled estimates elsewhere, calibrated against the request log once it has 5 calls of the \
            model or its family; --exact asks Anthropic's and Gemini's count-tokens endpoints instead \
            (falling back to the estimate, with a note, when that fails). Expected output is --output-tokens N (default 256) or \
            --output-ratio R times the input, capped at the model's max output. A model with no known \
            price shows `unknown`, never $0.
            """
    )

    @Argument(help: ArgumentHelp("The prompt.", valueName: "prompt"))
    var prompt: [String] = []

    @Option(
        name: [.short, .customLong("file")],
        help: ArgumentHelp("Add a file to the prompt (repeatable).", valueName: "file"))
    var files: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("A model or route to price (repeatable).", valueName: "model"))
    var model: [String] = []

    @Flag(name: .long, help: "Price every model in the catalog.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("With --all, only this provider (repeatable).", valueName: "provider"))
    var provider: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("A system prompt to include.", valueName: "text"))
    var system: String?

    @Option(name: .long, help: ArgumentHelp("Expected output tokens per call.", valueName: "n"))
    var outputTokens: Int?

    @Option(name: .long, help: ArgumentHelp("Expected output as a multiple of the input tokens.", valueName: "ratio"))
    var outputRatio: String?

    @Flag(
        name: .long,
        help: "Count input with the provider's count-tokens endpoint (Anthropic, Gemini) where a key is available.")
    var exact = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if model.isEmpty && !all { throw ValidationError("name models with -m MODEL (repeatable), or give --all") }
        if !provider.isEmpty && !all { throw ValidationError("--provider filters --all; give --all too") }
        if outputTokens != nil && outputRatio != nil {
            throw ValidationError("give --output-tokens or --output-ratio, not both")
        }
        if let outputTokens, outputTokens < 0 { throw ValidationError("--output-tokens must be 0 or more") }
        if let outputRatio, Self.ratio(outputRatio) == nil {
            throw ValidationError("--output-ratio must be a number of 0 or more, e.g. 0.5")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let config = try ConfigLoader.loadIfPresent(paths: paths)
        let calculator = CostCalculator(config: config, catalog: try PriceCatalog.load(paths: paths))
        let messages = try readPrompt()
        let candidates = try CostModelSelection.candidates(
            models: model, all: all, providers: provider, config: config, catalog: calculator.catalog)
        let rule: CostEstimate.Output =
            outputRatio.flatMap(Self.ratio).map(CostEstimate.Output.ratio) ?? .tokens(outputTokens ?? 256)
        let references = candidates.map { "\($0.provider)/\($0.model)" }
        let calibration = ProviderTokenCounter.calibration(for: references, paths: paths)
        var counted: [String: ProviderTokenCount] = [:]
        if exact {
            let counter = ProviderTokenCounter.make(paths: paths, config: config, environment: environment)
            for reference in references {
                switch await counter.count(messages, model: reference) {
                case .counted(let count): counted[reference] = count
                case .local: break
                case .unavailable(let reason):
                    Terminal.standardError.writeLine(
                        "llmgw: note: no exact count for \(reference), keeping the estimate: \(reason)")
                }
            }
        }
        let estimates = CostEstimate.estimate(
            messages: messages, models: candidates, output: rule, calculator: calculator, calibration: calibration,
            counted: counted)
        let format = output.resolved
        let table = CostEstimateTable.table(estimates, plain: format == .csv)
        let text = table.render(format) { rows in
            .object(["schema": "llmgw.cost.estimate/1", "output": CostEstimateTable.rule(rule), "estimates": rows])
        }
        _ = Terminal.standardOutput.write(text)
        let estimated = estimates.filter { !$0.tokensExact }.map { estimate in
            estimate.calibrationSamples.map { "\(estimate.model) (calibrated from \($0) calls)" }
                ?? "\(estimate.model) (uncalibrated)"
        }
        if format == .table, !estimated.isEmpty {
            Terminal.standardError.writeLine(
                "llmgw: token counts are estimates for \(estimated.joined(separator: ", ")) (no exact tokenizer)")
        }
        let unknown = estimates.filter { $0.costMicros == nil }.map(\.model)
        if format == .table, !unknown.isEmpty {
            Terminal.standardError.writeLine(
                "llmgw: no known price for \(unknown.joined(separator: ", ")); add one under `models:` in the "
                    + "config or import a catalog with `llmgw cost models import FILE`")
        }
    }

    /// The prompt as chat messages: stdin, then files, then the arguments.
    private func readPrompt() throws -> [ChatMessage] {
        var parts: [String] = []
        if let bytes = try StandardInput.readAllIfPiped(), !bytes.isEmpty {
            parts.append(String(decoding: bytes, as: UTF8.self))
        }
        for path in files {
            do {
                parts.append(try String(contentsOfFile: path, encoding: .utf8))
            } catch {
                throw CLIError.unreadableFile(path: path, reason: error.localizedDescription)
            }
        }
        if !prompt.isEmpty { parts.append(prompt.joined(separator: " ")) }
        guard !parts.isEmpty else {
            throw CLIError.usage("give a prompt: as arguments, with -f FILE, or on stdin")
        }
        var messages: [ChatMessage] = []
        if let system { messages.append(.text(.system, system)) }
        messages.append(.text(.user, parts.joined(separator: "\n\n")))
        return messages
    }

    private static func ratio(_ text: String) -> Decimal? {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value >= 0,
            text.allSatisfy({ $0.isNumber || $0 == "." })
        else { return nil }
        return value
    }
}

import ArgumentParser

/// `llmgw cost tokens`: Count tokens in text or files. Not built yet: it says so and exits with the usage-error code.
struct CostTokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count tokens in text or files. (not available in this build yet)"
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "cost tokens")
    }
}

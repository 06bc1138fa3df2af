import ArgumentParser

/// `llmgw cost models`: Show the price catalog. Not built yet: it says so and exits with the usage-error code.
struct CostModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Show the price catalog. (not available in this build yet)"
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "cost models")
    }
}

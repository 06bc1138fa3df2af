import ArgumentParser

/// `llmgw cost estimate`: Price a prompt across models. Not built yet: it says so and exits with the usage-error code.
struct CostEstimateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Price a prompt across models. (not available in this build yet)"
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "cost estimate")
    }
}

import ArgumentParser

/// `llmgw cost`: Count tokens and price models. Not built yet: it says so and exits with the usage-error code.
struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Count tokens and price models (not available in this build yet)",
        discussion: """
            Planned: `cost tokens` (exact tiktoken-compatible counts), `cost estimate` (a prompt priced across models), `cost models` (the price catalog) and `cost report` (spend from the request log).

            This build does not include it yet: running it prints a note and exits with \
            code 2 (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "cost")
    }
}

import ArgumentParser

/// `llmgw cost report`: Report spend from the request log. Not built yet: it says so and exits with the usage-error code.
struct CostReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report spend from the request log. (not available in this build yet)"
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "cost report")
    }
}

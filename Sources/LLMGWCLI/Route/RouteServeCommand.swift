import ArgumentParser

/// `llmgw route serve`: the OpenAI-compatible gateway. Not in this build yet: it says so and exits 2.
struct RouteServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the OpenAI-compatible gateway (not available in this build yet).",
        discussion: """
            The gateway arrives in a later build: running it prints a note and exits with code 2 \
            (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "route serve")
    }
}

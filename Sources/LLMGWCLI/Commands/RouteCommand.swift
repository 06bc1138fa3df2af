import ArgumentParser

/// `llmgw route`: Inspect, check and serve routes. Not built yet: it says so and exits with the usage-error code.
struct RouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Inspect, check and serve routes (not available in this build yet)",
        discussion: """
            Planned: `route list` (routes and targets), `route explain` (a dry run of the routing decision), `route check` (health checks for CI with JSON and JUnit output) and `route serve` (an OpenAI-compatible gateway).

            This build does not include it yet: running it prints a note and exits with \
            code 2 (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "route")
    }
}

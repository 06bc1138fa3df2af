import ArgumentParser

/// `llmgw compare`: Run one prompt across several models side by side. Not built yet: it says so and exits with the usage-error code.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run one prompt across several models side by side (not available in this build yet)",
        discussion: """
            Planned: the same prompt on every -m model at once, with output, latency, TTFT, tokens, tok/s and cost side by side, --repeat for medians and --expect for pass/fail checks.

            This build does not include it yet: running it prints a note and exits with \
            code 2 (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "compare")
    }
}

import ArgumentParser

/// `llmgw keys`: Manage provider API keys. Not built yet: it says so and exits with the usage-error code.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage provider API keys (not available in this build yet)",
        discussion: """
            Planned: `keys set` (from stdin or a no-echo prompt, never argv), `keys list` (masked), `keys rm`, `keys test` and `keys path`. Until then, llmgw reads keys from the providers' standard variables (OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, …).

            This build does not include it yet: running it prints a note and exits with \
            code 2 (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "keys")
    }
}

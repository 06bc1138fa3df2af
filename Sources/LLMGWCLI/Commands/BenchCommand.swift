import ArgumentParser

/// `llmgw bench`: Load-test a model or route. Not built yet: it says so and exits with the usage-error code.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Load-test a model or route (not available in this build yet)",
        discussion: """
            Planned: closed-loop (--concurrency) and open-loop (--rate) load tests with TTFT, inter-token latency, end-to-end percentiles, throughput, errors by class and the run's cost, with --baseline regression gating for CI.

            This build does not include it yet: running it prints a note and exits with \
            code 2 (usage error).
            """
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() async throws {
        throw CLIError.notYetAvailable(command: "bench")
    }
}

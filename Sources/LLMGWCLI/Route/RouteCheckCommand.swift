import ArgumentParser
import Foundation
import LLMGWCore
import LLMGWCurl

/// `llmgw route check`: health checks of targets for CI.
struct RouteCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Health-check targets with a cheap probe each (for CI).",
        discussion: """
            Each target (a model, or every model a route can reach; all routes when none is \
            named) is looked up in its provider's model list, where the provider has one (a model \
            not listed fails), then gets a minimal completion with a small output budget (larger \
            for models marked reasoning), all at once, each within --timeout. Prints a table, --json (schema \
            llmgw.route-check/1) or writes --junit FILE (one test case per target). Exits 0 only \
            when every required target is healthy, 1 otherwise; --allow-fail marks a target optional.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Models or routes to check; all routes when none.", valueName: "target"))
    var targets: [String] = []

    @Option(
        name: .customLong("allow-fail"),
        help: ArgumentHelp("A target whose failure is tolerated (repeatable).", valueName: "target"))
    var allowFail: [String] = []

    @Option(help: ArgumentHelp("Time limit per probe, e.g. 20s.", valueName: "duration"))
    var timeout: String = "30s"

    @Flag(help: "Print JSON (schema llmgw.route-check/1) instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    func validate() throws {
        if ConfigDuration.parse(timeout) == nil {
            throw ValidationError("--timeout '\(timeout)' is not a duration; write e.g. 30s, 500ms or 2m")
        }
    }

    func run() async throws {
        let context = try CLIContext.load(global: global)
        defer { context.close() }
        var list = TargetProbe.targets(targets, config: context.config)
        if list.isEmpty {
            guard let fallback = try? context.resolver.resolve(nil) else {
                throw CLIError.usage("nothing to check: name a target, or add routes to \(context.paths.configFile)")
            }
            list = TargetProbe.targets([fallback.reference], config: context.config)
        }
        let optional = allowFail.isEmpty ? [] : Set(TargetProbe.targets(allowFail, config: context.config))
        let prober = TargetProbe(
            executor: context.executor, client: ProviderClient(transport: context.transport),
            config: context.config, timeout: ConfigDuration.parse(timeout) ?? .seconds(30))
        let clock = ContinuousClock()
        let start = clock.now
        let results = await prober.probe(list, resolver: context.resolver)
        let elapsed = clock.now - start
        let healthy = results.allSatisfy { $0.healthy || optional.contains($0.target) }
        if let junit {
            let xml = RouteCheckReport.junit(results, optional: optional, elapsed: elapsed)
            do {
                try Data(xml.utf8).write(to: URL(fileURLWithPath: junit))
            } catch {
                throw CLIError.unreadableFile(path: junit, reason: "cannot write: \(error.localizedDescription)")
            }
        }
        if json {
            Terminal.standardOutput.writeLine(
                RouteCheckReport.json(results, optional: optional, healthy: healthy).serialized())
        } else {
            Terminal.standardOutput.write(RouteCheckReport.table(results, optional: optional))
        }
        if !healthy { throw ExitCode(FailureClass.checkFailed.exitCode) }
    }

}

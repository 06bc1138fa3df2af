import ArgumentParser
import Foundation
import LLMGWCore
import LLMGWCurl

/// `llmgw keys test`: validates keys with each provider's cheapest call, for CI.
struct KeysTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check keys with each provider's cheapest call (list models), concurrently.",
        discussion: """
            Checks every key llmgw can see for the given providers (all providers with a key when \
            none is given): ok, invalid, no_permission, rate_limited, unreachable, error or \
            missing, with latency. Exit 0 when all pass; otherwise 3 for an invalid, unauthorised \
            or missing key, else 4 when rate limited, else 5. --json prints \
            {"schema": "llmgw.keys.test/1", "ok": bool, "results": [...]}.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Providers to check; all that have a key when omitted.")
    var providers: [String] = []

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("The longest one check may take.", valueName: "duration"))
    var timeout = "15s"

    func run() async throws {
        let context = try KeysContext(global: global)
        for provider in providers { try context.requireKnown(provider) }
        guard let limit = ConfigDuration.parse(timeout) else {
            throw CLIError.usage("--timeout: '\(timeout)' is not a duration such as 10s or 500ms")
        }
        let entries = KeyListing.all(resolver: context.resolver, stored: try context.store.load(), providers: providers)
        let validator = KeyValidator(
            transport: CLIContext.makeTransport(mockBehavior: context.resolver.mockBehavior, verbose: global.verbose))
        var planned: [(Int, ProviderEndpoint?, KeyListing?, String)] = []
        for (index, entry) in entries.enumerated() {
            planned.append((index, endpoint(for: entry, context: context), entry, entry.provider))
        }
        var results: [KeyCheck?] = Array(repeating: nil, count: entries.count)
        await withTaskGroup(of: (Int, KeyCheck).self) { group in
            for (index, endpoint, entry, provider) in planned {
                let name = entry?.name
                let source = entry?.sourceLabel ?? "none"
                guard let endpoint else {
                    results[index] = KeyCheck(
                        provider: provider, name: name, source: source, masked: entry?.key.masked, status: .error,
                        message: "the provider's endpoint could not be resolved; check its base_url in the config")
                    continue
                }
                group.addTask {
                    (index, await validator.check(endpoint, name: name, source: source, timeout: limit))
                }
            }
            for await (index, check) in group { results[index] = check }
        }
        var checks = results.compactMap { $0 }
        for provider in providers where !entries.contains(where: { $0.provider == provider }) {
            checks.append(
                KeyCheck(
                    provider: provider, name: nil, source: "none", masked: nil, status: .missing,
                    message: "no key: export its variable or run `llmgw keys set \(provider)`"))
        }
        if checks.isEmpty {
            checks.append(
                KeyCheck(
                    provider: "-", name: nil, source: "none", masked: nil, status: .missing,
                    message: "no keys found: export a provider variable or run `llmgw keys set PROVIDER`"))
        }
        render(checks)
        let classes = checks.compactMap(\.status.failureClass)
        for failure in [FailureClass.auth, .rateLimit, .upstream] where classes.contains(failure) {
            throw ExitCode(failure.exitCode)
        }
    }

    private func endpoint(for entry: KeyListing, context: KeysContext) -> ProviderEndpoint? {
        let resolver = ModelResolver(
            config: context.resolver.config, environment: context.resolver.environment, keyLookup: { _ in entry.key })
        guard var endpoint = (try? resolver.resolve(entry.provider + "/models"))?.endpoint?.endpoint else {
            return nil
        }
        endpoint.apiKey = entry.key
        return endpoint
    }

    private func render(_ checks: [KeyCheck]) {
        if json {
            let rows: [JSONValue] = checks.map { check in
                [
                    "provider": .string(check.provider), "name": check.name.map(JSONValue.string) ?? .null,
                    "source": .string(check.source), "masked": check.masked.map(JSONValue.string) ?? .null,
                    "status": .string(check.status.rawValue),
                    "http_status": check.httpStatus.map { .number(Double($0)) } ?? .null,
                    "latency_ms": check.latency.map { .number(($0.milliseconds * 10).rounded() / 10) } ?? .null,
                    "message": check.message.map(JSONValue.string) ?? .null,
                ]
            }
            let ok = checks.allSatisfy { $0.status == .ok }
            let document: JSONValue = ["schema": "llmgw.keys.test/1", "ok": .bool(ok), "results": .array(rows)]
            Terminal.standardOutput.writeLine(document.serialized())
            return
        }
        var rows = [["PROVIDER", "NAME", "SOURCE", "KEY", "STATUS", "LATENCY", "DETAIL"]]
        for check in checks {
            rows.append([
                check.provider, check.name ?? "-", check.source, check.masked ?? "-", check.status.rawValue,
                check.latency.map { String(format: "%.0fms", $0.milliseconds) } ?? "-", check.message ?? "",
            ])
        }
        Terminal.standardOutput.write(KeysTable.render(rows))
    }
}

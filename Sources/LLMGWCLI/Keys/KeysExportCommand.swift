import ArgumentParser
import LLMGWCore

/// `llmgw keys export --env`: prints `export VAR=…` lines of the stored keys for a shell.
struct KeysExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print stored keys as shell `export VAR=...` lines (only with --env; not to a terminal).",
        discussion: """
            `eval "$(llmgw keys export --env)"`. Prints one line per provider with a stored key \
            (its first key), using the provider's api_key_env or standard variable. Refuses to \
            print to a terminal unless --force is given.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print `export VAR=...` lines (required: keys are only printed when asked).")
    var env = false

    @Flag(help: "Print even when stdout is a terminal.")
    var force = false

    @Argument(help: "Providers to export; all stored ones when omitted.")
    var providers: [String] = []

    func run() async throws {
        guard env else {
            throw CLIError.usage("`llmgw keys export` prints secrets only with --env; see `llmgw keys export --help`")
        }
        guard force || !Terminal.standardOutput.isTTY else {
            throw CLIError.usage(
                "refusing to print keys to a terminal; pipe or eval the output, or add --force")
        }
        let context = try KeysContext(global: global)
        var seen: Set<String> = []
        var lines: [String] = []
        for key in try context.store.load() where providers.isEmpty || providers.contains(key.provider) {
            guard seen.insert(key.provider).inserted else { continue }
            let variable =
                context.resolver.config.providers[key.provider]?.apiKeyEnv
                ?? ProviderPresets.named(key.provider)?.keyVariables.first
            guard let variable else {
                Terminal.standardError.writeLine(
                    "llmgw: \(key.provider) has no key variable; set api_key_env for it in the config to export it")
                continue
            }
            let quoted = "'" + key.key.secret.replacingOccurrences(of: "'", with: "'\\''") + "'"
            lines.append("export \(variable)=\(quoted)")
        }
        for line in lines { Terminal.standardOutput.writeLine(line) }
    }
}

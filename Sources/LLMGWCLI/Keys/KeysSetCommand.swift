import ArgumentParser
import LLMGWCore

/// `llmgw keys set PROVIDER`: stores a key read from stdin or a no-echo prompt, never from argv.
struct KeysSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Store a provider key, read from stdin or a no-echo prompt (never from arguments).",
        discussion: """
            Piped: `llmgw keys set openai < keyfile` or `pass show openai | llmgw keys set openai`. \
            On a terminal, llmgw prompts without echo. One trailing newline is dropped; an empty key \
            or one with spaces around or inside it is refused. A key of the same provider and name \
            is replaced.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The provider (openai, anthropic, gemini, a configured provider, ...).")
    var provider: String

    @Option(help: "The key's name, to keep several keys of one provider.")
    var name = StoredKey.defaultName

    @Option(help: "The key's share of calls among the provider's stored keys.")
    var weight = 1

    func validate() throws {
        guard weight >= 1 else { throw ValidationError("--weight must be 1 or more, got \(weight)") }
    }

    func run() async throws {
        let context = try KeysContext(global: global)
        try context.requireKnown(provider)
        try KeyStore.validateName(name)
        let text: String
        if let piped = try StandardInput.readAllIfPiped(limit: 64 << 10) {
            text = String(decoding: piped, as: UTF8.self)
        } else {
            switch SecretPrompt.read(prompt: "Key for \(provider) (\(name)), not shown: ") {
            case .secret(let secret): text = secret
            case .interrupted: throw ExitCode(FailureExit.interrupted)
            case .noTerminal:
                throw CLIError.usage("no key on stdin and no terminal to ask on; pipe the key in")
            }
        }
        let key = try KeyStore.validatedSecret(text)
        let (stored, replaced) = try context.store.set(provider: provider, name: name, secret: key, weight: weight)
        Terminal.standardError.writeLine(
            "llmgw: \(replaced ? "replaced" : "stored") key \(provider)/\(stored.name) (\(stored.key.masked)) in "
                + context.store.path)
    }
}

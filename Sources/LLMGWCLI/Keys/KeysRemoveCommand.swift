import ArgumentParser
import LLMGWCore

/// `llmgw keys rm PROVIDER`: removes a stored key.
struct KeysRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", abstract: "Remove a stored key.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The provider.")
    var provider: String

    @Option(help: "The key's name.")
    var name = StoredKey.defaultName

    func run() async throws {
        let context = try KeysContext(global: global)
        let removed = try context.store.remove(provider: provider, name: name)
        Terminal.standardError.writeLine("llmgw: removed key \(provider)/\(removed.name) (\(removed.key.masked))")
    }
}

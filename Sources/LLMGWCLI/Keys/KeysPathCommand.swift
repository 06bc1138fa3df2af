import ArgumentParser
import LLMGWCore

/// `llmgw keys path`: prints where the key file is.
struct KeysPathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Print the key file's path.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let context = try KeysContext(global: global)
        Terminal.standardOutput.writeLine(context.store.path)
    }
}

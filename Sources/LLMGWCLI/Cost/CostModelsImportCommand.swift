import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw cost models import FILE`: merges a LiteLLM, OpenRouter or llmgw catalog into the user catalog.
struct CostModelsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a LiteLLM or OpenRouter price list into the user catalog.",
        discussion: """
            FILE is LiteLLM's model_prices_and_context_window.json, the JSON of OpenRouter's \
            /api/v1/models, or an llmgw.catalog/1 file; `-` reads stdin. The format is detected. Entries \
            are merged into $XDG_DATA_HOME/llmgw/catalog.json (an imported model replaces the same id \
            there) and dated today; llmgw reads that file after its built-in catalog and before the \
            config's `models:` prices.
            """
    )

    @Argument(help: ArgumentHelp("The catalog to import, or - for stdin.", valueName: "file"))
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let data: Data
        let source: String
        if file == "-" {
            data = Data(try StandardInput.readAllIfPiped() ?? [])
            source = "stdin"
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw CLIError.unreadableFile(path: file, reason: error.localizedDescription)
            }
            source = URL(fileURLWithPath: file).standardizedFileURL.path
        }
        let imported = try CatalogImport(data: data, source: source, checked: CatalogDate.format(Date()))
        let target = PriceCatalog.userCatalogPath(paths: paths)
        let (added, updated) = try imported.merge(into: target)
        Terminal.standardError.writeLine(
            "llmgw: imported \(imported.entries.count) models from \(imported.format.rawValue) (\(added) new, "
                + "\(updated) updated, \(imported.skipped) skipped) into \(target)")
    }
}

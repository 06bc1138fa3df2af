import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw cost models list`: the catalog with prices, limits, source and age.
struct CostModelsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the price catalog with each entry's source and age.",
        discussion: """
            Prices are US dollars per 1M tokens. The catalog is the one built into llmgw, then the \
            user catalog that `llmgw cost models import` writes ($XDG_DATA_HOME/llmgw/catalog.json), \
            then `models:` prices from the config; the origin column says which one each entry comes from.
            """
    )

    /// Sort orders.
    enum Sort: String, CaseIterable, ExpressibleByArgument {
        case name, input, output, context
    }

    @Option(name: .long, help: ArgumentHelp("Only this provider (repeatable).", valueName: "provider"))
    var provider: [String] = []

    @Option(name: .long, help: ArgumentHelp("Sort by name, input, output or context.", valueName: "key"))
    var sort: Sort = .name

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let config = try ConfigLoader.loadIfPresent(paths: paths)
        let catalog = try PriceCatalog.load(paths: paths).applying(config: config)
        var entries = catalog.entries.filter { provider.isEmpty || provider.contains($0.provider) }
        switch sort {
        case .name: break
        case .input: entries.sort { ($0.price.input, $0.id) < ($1.price.input, $1.id) }
        case .output: entries.sort { ($0.price.output, $0.id) < ($1.price.output, $1.id) }
        case .context: entries.sort { ($0.context ?? 0, $1.id) > ($1.context ?? 0, $0.id) }
        }
        let now = Date()
        let format = output.resolved
        let plain = format == .csv
        let columns: [DataTable.Column] = [
            .init(header: "model"), .init(header: "input", numeric: true), .init(header: "output", numeric: true),
            .init(header: "cached", numeric: true), .init(header: "cache write", numeric: true),
            .init(header: "reasoning", numeric: true), .init(header: "context", numeric: true),
            .init(header: "max out", numeric: true), .init(header: "tools"), .init(header: "modalities"),
            .init(header: "origin"), .init(header: "checked"), .init(header: "age"),
        ]
        let rows = entries.map { entry -> [String] in
            func rate(_ value: Decimal?) -> String { plain ? (value.map { "\($0)" } ?? "") : CostCells.price(value) }
            func count(_ value: Int?) -> String { value.map { plain ? String($0) : CostCells.tokens($0) } ?? "" }
            let age = entry.ageInDays(asOf: now).map { "\($0)d" } ?? ""
            return [
                entry.id, rate(entry.price.input), rate(entry.price.output), rate(entry.price.cachedInput),
                rate(entry.price.cacheWrite), rate(entry.price.reasoning), count(entry.context), count(entry.maxOutput),
                entry.tools.map { $0 ? "yes" : "no" } ?? "", entry.modalities.joined(separator: "+"),
                entry.origin.rawValue, entry.checked ?? "", age,
            ]
        }
        let objects = entries.map { entry -> JSONValue in
            guard case .object(var object) = CatalogDocument.object(entry) else { return .null }
            object["origin"] = .string(entry.origin.rawValue)
            object["age_days"] = CostCells.number(entry.ageInDays(asOf: now))
            for key in ["input", "output", "cached_input", "cache_write", "reasoning"] {
                if let text = object[key]?.stringValue, let value = Decimal(string: text) {
                    object[key] = CostCells.number(value)
                }
            }
            return .object(object)
        }
        let table = DataTable(columns: columns, rows: rows, objects: objects)
        _ = Terminal.standardOutput.write(
            table.render(format) { rows in
                .object([
                    "schema": "llmgw.cost.models/1",
                    "user_catalog": .string(PriceCatalog.userCatalogPath(paths: paths)),
                    "models": rows,
                ])
            })
    }
}

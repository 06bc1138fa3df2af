import Foundation
import Testing

@testable import LLMGWCore

@Suite struct PriceCatalogTests {
    @Test func embeddedCatalogCoversTheMainProvidersWithSourcedDatedEntries() throws {
        let entries = PriceCatalog.embedded.entries
        #expect(entries.count >= 50)
        let providers = Set(entries.map(\.provider))
        for provider in [
            "openai", "anthropic", "gemini", "groq", "mistral", "deepseek", "xai", "together", "fireworks", "cerebras",
        ] {
            #expect(providers.contains(provider), "the catalog has \(provider) models")
        }
        for entry in entries {
            #expect(entry.source?.hasPrefix("https://") == true, "\(entry.id) names its source")
            #expect(entry.checked.flatMap(CatalogDate.parse) != nil, "\(entry.id) has a check date")
            #expect(entry.price.input >= 0 && entry.price.output >= 0)
            #expect(entry.origin == .embedded)
        }
    }

    @Test func embeddedPricesAreExactDecimals() throws {
        let mini = try #require(PriceCatalog.embedded.entry(provider: "openai", model: "gpt-4o-mini"))
        #expect(mini.price.input == Decimal(string: "0.15"))
        #expect(mini.price.output == Decimal(string: "0.6"))
        #expect(mini.price.cachedInput == Decimal(string: "0.075"))
        let haiku = try #require(PriceCatalog.embedded.entry(provider: "anthropic", model: "claude-haiku-4-5"))
        #expect(haiku.price.input == 1)
        #expect(haiku.price.output == 5)
        #expect(haiku.price.cachedInput == Decimal(string: "0.1"))
        #expect(haiku.price.cacheWrite == Decimal(string: "1.25"))
    }

    @Test func datedSnapshotsFallBackToTheirAlias() throws {
        let catalog = PriceCatalog.embedded
        #expect(catalog.entry(provider: "anthropic", model: "claude-haiku-4-5-20251001")?.model == "claude-haiku-4-5")
        #expect(catalog.entry(provider: "openai", model: "gpt-4o-2024-08-06")?.model == "gpt-4o")
        #expect(catalog.entry(provider: "openai", model: "no-such-model-2024-08-06") == nil)
    }

    @Test func configPricesOverrideAndAddEntries() throws {
        var config = LLMGWConfig()
        config.models["openai/gpt-4o-mini"] = ModelConfig(price: ModelPrice(input: 1, output: 2), context: 1000)
        config.models["local/qwen"] = ModelConfig(price: ModelPrice(input: 0, output: 0), context: 32768)
        config.models["openai/gpt-4o"] = ModelConfig(context: 99)
        let catalog = PriceCatalog.embedded.applying(config: config)
        let mini = try #require(catalog.entry(provider: "openai", model: "gpt-4o-mini"))
        #expect(mini.price == ModelPrice(input: 1, output: 2))
        #expect(mini.origin == .config)
        #expect(mini.context == 1000)
        let local = try #require(catalog.entry(provider: "local", model: "qwen"))
        #expect(local.origin == .config && local.price.input == 0)
        let gpt4o = try #require(catalog.entry(provider: "openai", model: "gpt-4o"))
        #expect(gpt4o.origin == .embedded, "a config entry without a price keeps the catalog's price")
        #expect(gpt4o.context == 99)
    }

    @Test func userCatalogIsLaidOverTheEmbeddedOne() throws {
        let directory = try CostTestDirectory()
        let paths = LLMGWPaths(
            configFile: directory.file("config.yaml"), keysFile: directory.file("keys.json"),
            database: directory.file("llmgw.db"), historyFile: directory.file("history"),
            configDirectory: directory.path, dataDirectory: directory.path, stateDirectory: directory.path)
        #expect(try PriceCatalog.load(paths: paths).entries.count == PriceCatalog.embedded.entries.count)
        let user = CatalogEntry(
            provider: "openai", model: "gpt-4o-mini", price: ModelPrice(input: 9, output: 9), checked: "2026-11-01",
            origin: .imported)
        try Data(CatalogDocument.document([user]).serialized().utf8).write(
            to: URL(fileURLWithPath: PriceCatalog.userCatalogPath(paths: paths)))
        let loaded = try PriceCatalog.load(paths: paths)
        let mini = try #require(loaded.entry(provider: "openai", model: "gpt-4o-mini"))
        #expect(mini.price.input == 9 && mini.origin == .imported)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: PriceCatalog.userCatalogPath(paths: paths)))
        #expect(throws: CostError.self) { try PriceCatalog.load(paths: paths) }
    }

    @Test func ageIsCountedInWholeDaysFromTheCheckDate() throws {
        let entry = CatalogEntry(
            provider: "a", model: "b", price: ModelPrice(input: 1, output: 1), checked: "2026-11-01")
        let now = try #require(CatalogDate.parse("2026-11-21")).addingTimeInterval(3600)
        #expect(entry.ageInDays(asOf: now) == 20)
        #expect(CatalogDate.format(now) == "2026-11-21")
        #expect(CatalogDate.parse("2026-13-01") == nil)
    }
}

/// A fresh folder under the system temporary directory, removed when the value is released.
final class CostTestDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "llmgw-cost-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

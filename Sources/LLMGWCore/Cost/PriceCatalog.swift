import Foundation

/// The price catalog: the embedded entries, then the user catalog, then the config's `models:` prices.
///
/// Later layers replace earlier ones entry by entry. A model found in no layer has no price: its
/// cost is unknown, never $0.
public struct PriceCatalog: Sendable {
    private var byID: [String: CatalogEntry]

    /// Creates a catalog from entries; a later entry with the same id replaces an earlier one.
    public init(entries: [CatalogEntry] = []) {
        byID = [:]
        for entry in entries { byID[entry.id] = entry }
    }

    /// Every entry, sorted by id.
    public var entries: [CatalogEntry] { byID.values.sorted { $0.id < $1.id } }

    /// The catalog built into llmgw (see `Scripts/catalog/catalog.json`).
    public static let embedded: PriceCatalog = {
        guard let value = try? JSONValue.parse(embeddedCatalogJSON),
            let entries = try? CatalogDocument.entries(from: value, origin: .embedded, path: "embedded catalog")
        else { return PriceCatalog() }
        return PriceCatalog(entries: entries)
    }()

    /// The user catalog file that `llmgw cost models import` writes: `$XDG_DATA_HOME/llmgw/catalog.json`.
    public static func userCatalogPath(paths: LLMGWPaths) -> String {
        paths.dataDirectory + "/catalog.json"
    }

    /// The embedded catalog with the user catalog (if there is one) laid over it.
    /// - Parameter paths: where the user catalog lives.
    /// - Returns: the merged catalog (config prices are applied by ``CostCalculator``).
    /// - Throws: ``CostError`` when the user catalog exists but cannot be read.
    public static func load(paths: LLMGWPaths) throws(CostError) -> PriceCatalog {
        embedded.merging(try userEntries(at: userCatalogPath(paths: paths)))
    }

    /// The entries of a user catalog file; none when the file does not exist.
    /// - Parameter path: the file.
    /// - Throws: ``CostError`` when it exists but cannot be read or parsed.
    public static func userEntries(at path: String) throws(CostError) -> [CatalogEntry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadableCatalog(path: path, reason: error.localizedDescription)
        }
        let value: JSONValue
        do { value = try JSONValue.parse(data) } catch {
            throw .unreadableCatalog(path: path, reason: error.description)
        }
        return try CatalogDocument.entries(from: value, origin: .imported, path: path)
    }

    /// This catalog with `entries` laid over it.
    public func merging(_ entries: [CatalogEntry]) -> PriceCatalog {
        var merged = self
        for entry in entries { merged.byID[entry.id] = entry }
        return merged
    }

    /// This catalog with the config's `models:` entries applied: a configured price replaces the
    /// catalog's, configured limits fill in or replace the catalog's; a priced model the catalog
    /// lacks is added.
    public func applying(config: LLMGWConfig) -> PriceCatalog {
        var result = self
        for (id, model) in config.models {
            guard let slash = id.firstIndex(of: "/") else { continue }
            let provider = String(id[..<slash])
            let name = String(id[id.index(after: slash)...])
            if var entry = result.byID[id] {
                if let price = model.price {
                    entry.price = price
                    entry.origin = .config
                    entry.source = "config"
                    entry.providerSource = nil
                    entry.checked = nil
                    entry.note = nil
                }
                entry.context = model.context ?? entry.context
                entry.maxOutput = model.maxOutput ?? entry.maxOutput
                entry.tools = model.tools ?? entry.tools
                result.byID[id] = entry
            } else if let price = model.price {
                var modalities = ["text"]
                if model.vision == true { modalities.append("image") }
                result.byID[id] = CatalogEntry(
                    provider: provider, model: name, price: price, context: model.context, maxOutput: model.maxOutput,
                    modalities: modalities, tools: model.tools, source: "config", origin: .config)
            }
        }
        return result
    }

    /// The entry for `provider/model`; a dated snapshot (`gpt-4o-2024-08-06`, `claude-haiku-4-5-20251001`)
    /// falls back to its undated alias when the catalog has no entry of its own.
    public func entry(provider: String, model: String) -> CatalogEntry? {
        if let entry = byID["\(provider)/\(model)"] { return entry }
        guard let alias = Self.undated(model) else { return nil }
        return byID["\(provider)/\(alias)"]
    }

    /// The model name without a trailing `-YYYYMMDD` or `-YYYY-MM-DD`, or `nil` when it has none.
    static func undated(_ model: String) -> String? {
        let patterns = [#"-\d{8}$"#, #"-\d{4}-\d{2}-\d{2}$"#]
        for pattern in patterns {
            if let range = model.range(of: pattern, options: .regularExpression) {
                return String(model[..<range.lowerBound])
            }
        }
        return nil
    }
}

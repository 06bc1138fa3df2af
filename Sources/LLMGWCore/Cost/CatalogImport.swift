import Foundation

/// `llmgw cost models import`: reads a LiteLLM, OpenRouter or llmgw catalog and merges it into the user catalog.
public struct CatalogImport: Sendable {
    /// The file formats an import understands.
    public enum Format: String, Sendable, CaseIterable {
        /// LiteLLM's `model_prices_and_context_window.json`.
        case litellm
        /// OpenRouter's `/api/v1/models` response.
        case openrouter
        /// llmgw's own `llmgw.catalog/1`.
        case llmgw
    }

    /// The format that was read.
    public var format: Format
    /// The entries read from the file.
    public var entries: [CatalogEntry]
    /// Models in the file that were left out (other providers or modes, no price).
    public var skipped: Int

    /// Reads a catalog, detecting its format.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - source: the file's path or URL, recorded on each entry.
    ///   - checked: the day of the import, `YYYY-MM-DD`.
    /// - Throws: ``CostError/unrecognizedCatalog(path:reason:)`` when the format is unknown.
    public init(data: Data, source: String, checked: String) throws(CostError) {
        let value: JSONValue
        do { value = try JSONValue.parse(data) } catch {
            throw .unrecognizedCatalog(path: source, reason: error.description)
        }
        if value["schema"]?.stringValue == CatalogDocument.schema {
            format = .llmgw
            entries = try CatalogDocument.entries(from: value, origin: .imported, path: source)
            skipped = 0
        } else if OpenRouterCatalogImporter.matches(value) {
            format = .openrouter
            (entries, skipped) = OpenRouterCatalogImporter.entries(from: value, source: source, checked: checked)
        } else if LiteLLMCatalogImporter.matches(value) {
            format = .litellm
            (entries, skipped) = LiteLLMCatalogImporter.entries(from: value, source: source, checked: checked)
        } else {
            throw .unrecognizedCatalog(path: source, reason: "neither a LiteLLM, OpenRouter nor llmgw catalog")
        }
        for index in entries.indices { entries[index].origin = .imported }
    }

    /// Merges the entries into the user catalog at `path` (same id: the new entry wins) and writes it atomically.
    /// - Parameter path: the user catalog, usually ``PriceCatalog/userCatalogPath(paths:)``.
    /// - Returns: how many entries were new and how many replaced existing ones.
    /// - Throws: ``CostError`` when the existing file cannot be read or the new one cannot be written.
    public func merge(into path: String) throws(CostError) -> (added: Int, updated: Int) {
        var existing: [String: CatalogEntry] = [:]
        for entry in try PriceCatalog.userEntries(at: path) { existing[entry.id] = entry }
        var added = 0
        var updated = 0
        for entry in entries {
            if existing[entry.id] == nil { added += 1 } else { updated += 1 }
            existing[entry.id] = entry
        }
        let text = CatalogDocument.document(Array(existing.values)).serialized()
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritableCatalog(path: path, reason: error.localizedDescription)
        }
        return (added, updated)
    }
}

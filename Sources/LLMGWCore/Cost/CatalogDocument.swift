import Foundation

/// The `llmgw.catalog/1` JSON format: the embedded catalog and the user catalog that imports write.
public enum CatalogDocument {
    /// The schema name in the document's `schema` field.
    public static let schema = "llmgw.catalog/1"

    /// Reads the entries of an `llmgw.catalog/1` document.
    /// - Parameters:
    ///   - value: the parsed document.
    ///   - origin: the layer the entries belong to.
    ///   - path: the file, for error messages.
    /// - Returns: the entries in document order.
    /// - Throws: ``CostError/unrecognizedCatalog(path:reason:)`` or ``CostError/invalidEntry(path:id:reason:)``.
    public static func entries(
        from value: JSONValue, origin: CatalogOrigin, path: String
    ) throws(CostError)
        -> [CatalogEntry]
    {
        guard value["schema"]?.stringValue == schema, case .array(let items)? = value["entries"] else {
            throw .unrecognizedCatalog(path: path, reason: "no `schema: \(schema)` with an `entries` array")
        }
        var entries: [CatalogEntry] = []
        for (index, item) in items.enumerated() {
            let id = item["id"]?.stringValue ?? "#\(index + 1)"
            guard let slash = id.firstIndex(of: "/"), slash != id.startIndex, id.index(after: slash) != id.endIndex
            else { throw .invalidEntry(path: path, id: id, reason: "`id` must be provider/model") }
            guard let input = CatalogDecimal.parse(item["input"]), let output = CatalogDecimal.parse(item["output"])
            else { throw .invalidEntry(path: path, id: id, reason: "`input` and `output` prices are required") }
            let price = ModelPrice(
                input: input, output: output, cachedInput: CatalogDecimal.parse(item["cached_input"]),
                cacheWrite: CatalogDecimal.parse(item["cache_write"]),
                reasoning: CatalogDecimal.parse(item["reasoning"]))
            var modalities: [String] = []
            if case .array(let list)? = item["modalities"] { modalities = list.compactMap(\.stringValue) }
            entries.append(
                CatalogEntry(
                    provider: String(id[..<slash]), model: String(id[id.index(after: slash)...]), price: price,
                    context: item["context"]?.intValue, maxOutput: item["max_output"]?.intValue,
                    modalities: modalities.isEmpty ? ["text"] : modalities, tools: bool(item["tools"]),
                    reasoningModel: bool(item["reasoning_model"]), note: item["note"]?.stringValue,
                    source: item["source"]?.stringValue, providerSource: item["provider_source"]?.stringValue,
                    checked: item["checked"]?.stringValue, origin: origin))
        }
        return entries
    }

    /// Writes entries as an `llmgw.catalog/1` document; prices are strings so they stay exact.
    /// - Parameter entries: the entries, written sorted by id.
    /// - Returns: the document.
    public static func document(_ entries: [CatalogEntry]) -> JSONValue {
        .object([
            "schema": .string(schema),
            "entries": .array(entries.sorted { $0.id < $1.id }.map(object)),
        ])
    }

    /// One entry as a JSON object (`id`, prices as exact strings, limits, capabilities, provenance).
    public static func object(_ entry: CatalogEntry) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(entry.id), "input": .string(CatalogDecimal.text(entry.price.input)),
            "output": .string(CatalogDecimal.text(entry.price.output)),
            "modalities": .array(entry.modalities.map(JSONValue.string)),
        ]
        let optionalPrices: [(String, Decimal?)] = [
            ("cached_input", entry.price.cachedInput), ("cache_write", entry.price.cacheWrite),
            ("reasoning", entry.price.reasoning),
        ]
        for (key, value) in optionalPrices { if let value { object[key] = .string(CatalogDecimal.text(value)) } }
        if let context = entry.context { object["context"] = .number(Double(context)) }
        if let maxOutput = entry.maxOutput { object["max_output"] = .number(Double(maxOutput)) }
        if let tools = entry.tools { object["tools"] = .bool(tools) }
        if let reasoning = entry.reasoningModel { object["reasoning_model"] = .bool(reasoning) }
        let texts: [(String, String?)] = [
            ("note", entry.note), ("source", entry.source), ("provider_source", entry.providerSource),
            ("checked", entry.checked),
        ]
        for (key, value) in texts { if let value { object[key] = .string(value) } }
        return .object(object)
    }

    private static func bool(_ value: JSONValue?) -> Bool? {
        if case .bool(let flag)? = value { return flag }
        return nil
    }
}

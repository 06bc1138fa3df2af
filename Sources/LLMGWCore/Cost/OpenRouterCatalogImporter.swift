import Foundation

/// Reads OpenRouter's `/api/v1/models` JSON: `{"data": [{"id", "pricing": {"prompt", "completion", …}, …}]}`.
public enum OpenRouterCatalogImporter {
    /// Whether `value` looks like OpenRouter's models list.
    public static func matches(_ value: JSONValue) -> Bool {
        guard case .array(let items)? = value["data"] else { return false }
        return items.contains { $0["pricing"] != nil }
    }

    /// OpenRouter's models as `openrouter/<id>` entries with prices per 1M tokens.
    /// - Parameters:
    ///   - value: the parsed file.
    ///   - source: where it came from, recorded on every entry.
    ///   - checked: the import day, `YYYY-MM-DD`.
    /// - Returns: entries sorted by id, and how many models were skipped (no price, or a variable one).
    public static func entries(
        from value: JSONValue, source: String, checked: String
    ) -> (
        entries: [CatalogEntry], skipped: Int
    ) {
        guard case .array(let items)? = value["data"] else { return ([], 0) }
        var entries: [CatalogEntry] = []
        var skipped = 0
        for item in items {
            let pricing = item["pricing"]
            guard let id = item["id"]?.stringValue, !id.isEmpty,
                let input = CatalogDecimal.perMillion(pricing?["prompt"]),
                let output = CatalogDecimal.perMillion(pricing?["completion"]), input >= 0, output >= 0
            else {
                skipped += 1
                continue
            }
            func optional(_ key: String) -> Decimal? {
                guard let value = CatalogDecimal.perMillion(pricing?[key]), value > 0 else { return nil }
                return value
            }
            var reasoning = optional("internal_reasoning")
            if reasoning == output { reasoning = nil }
            let price = ModelPrice(
                input: input, output: output, cachedInput: optional("input_cache_read"),
                cacheWrite: optional("input_cache_write"), reasoning: reasoning)
            var modalities: [String] = []
            if case .array(let list)? = item["architecture"]?["input_modalities"] {
                modalities = list.compactMap(\.stringValue)
            }
            var parameters: [String] = []
            if case .array(let list)? = item["supported_parameters"] { parameters = list.compactMap(\.stringValue) }
            entries.append(
                CatalogEntry(
                    provider: "openrouter", model: id, price: price,
                    context: item["context_length"]?.intValue ?? item["top_provider"]?["context_length"]?.intValue,
                    maxOutput: item["top_provider"]?["max_completion_tokens"]?.intValue,
                    modalities: modalities.isEmpty ? ["text"] : modalities,
                    tools: parameters.isEmpty ? nil : parameters.contains("tools"),
                    reasoningModel: parameters.isEmpty ? nil : parameters.contains("reasoning"),
                    source: source, checked: checked, origin: .imported))
        }
        return (entries.sorted { $0.id < $1.id }, skipped)
    }
}

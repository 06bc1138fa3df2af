import Foundation

/// Reads LiteLLM's `model_prices_and_context_window.json`: per-token prices keyed by model, with a provider field.
public enum LiteLLMCatalogImporter {
    /// LiteLLM provider names and the llmgw provider each maps to; other providers are skipped.
    public static let providers: [String: String] = [
        "openai": "openai", "anthropic": "anthropic", "gemini": "gemini", "groq": "groq", "mistral": "mistral",
        "deepseek": "deepseek", "xai": "xai", "together_ai": "together", "fireworks_ai": "fireworks",
        "cerebras": "cerebras", "openrouter": "openrouter", "perplexity": "perplexity", "azure": "azure",
    ]

    /// Whether `value` looks like a LiteLLM catalog (objects with `litellm_provider`).
    public static func matches(_ value: JSONValue) -> Bool {
        guard case .object(let object) = value else { return false }
        return object.values.contains { $0["litellm_provider"] != nil }
    }

    /// The chat models of the providers llmgw speaks, with prices per 1M tokens.
    /// - Parameters:
    ///   - value: the parsed file.
    ///   - source: where it came from (a path or URL), recorded on every entry.
    ///   - checked: the import day, `YYYY-MM-DD`.
    /// - Returns: entries sorted by id, and how many models were skipped (other providers, modes or no price).
    public static func entries(
        from value: JSONValue, source: String, checked: String
    ) -> (
        entries: [CatalogEntry], skipped: Int
    ) {
        guard case .object(let object) = value else { return ([], 0) }
        var entries: [CatalogEntry] = []
        var skipped = 0
        for (key, item) in object where key != "sample_spec" {
            guard let litellmProvider = item["litellm_provider"]?.stringValue,
                let provider = providers[litellmProvider],
                item["mode"] == nil || item["mode"]?.stringValue == "chat",
                let input = CatalogDecimal.perMillion(item["input_cost_per_token"]),
                let output = CatalogDecimal.perMillion(item["output_cost_per_token"])
            else {
                skipped += 1
                continue
            }
            var model = key
            for prefix in ["\(litellmProvider)/", "\(provider)/"] where model.hasPrefix(prefix) {
                model.removeFirst(prefix.count)
                break
            }
            var price = ModelPrice(
                input: input, output: output,
                cachedInput: CatalogDecimal.perMillion(item["cache_read_input_token_cost"]),
                cacheWrite: CatalogDecimal.perMillion(item["cache_creation_input_token_cost"]))
            if let reasoning = CatalogDecimal.perMillion(item["output_cost_per_reasoning_token"]), reasoning != output {
                price.reasoning = reasoning
            }
            if price.cacheWrite == 0 { price.cacheWrite = nil }
            var modalities: [String] = []
            if case .array(let list)? = item["supported_modalities"] { modalities = list.compactMap(\.stringValue) }
            if modalities.isEmpty {
                modalities = ["text"]
                if flag(item["supports_vision"]) == true { modalities.append("image") }
                if flag(item["supports_audio_input"]) == true { modalities.append("audio") }
            }
            let tiered = fields(item).keys.contains { $0.contains("_above_") && $0.contains("cost") }
            entries.append(
                CatalogEntry(
                    provider: provider, model: model, price: price, context: item["max_input_tokens"]?.intValue,
                    maxOutput: item["max_output_tokens"]?.intValue, modalities: modalities,
                    tools: flag(item["supports_function_calling"]), reasoningModel: flag(item["supports_reasoning"]),
                    note: tiered ? "higher prices above a long-context threshold are not applied" : nil,
                    source: source, providerSource: item["source"]?.stringValue, checked: checked, origin: .imported))
        }
        return (entries.sorted { $0.id < $1.id }, skipped)
    }

    private static func flag(_ value: JSONValue?) -> Bool? {
        if case .bool(let flag)? = value { return flag }
        return nil
    }

    private static func fields(_ value: JSONValue) -> [String: JSONValue] {
        if case .object(let object) = value { return object }
        return [:]
    }
}

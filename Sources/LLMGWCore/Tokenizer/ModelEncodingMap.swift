/// Which encoding an OpenAI model uses, as tiktoken's `encoding_name_for_model` decides it
/// (tiktoken 0.14.0, `tiktoken/model.py`), for the encodings llmgw carries.
public enum ModelEncodingMap {
    /// Exact model names.
    static let models: [String: TokenEncodingName] = [
        "o1": .o200kBase, "o3": .o200kBase, "o4-mini": .o200kBase, "gpt-5": .o200kBase, "gpt-4.1": .o200kBase,
        "gpt-4o": .o200kBase, "gpt-4": .cl100kBase, "gpt-3.5-turbo": .cl100kBase, "gpt-3.5": .cl100kBase,
        "gpt-35-turbo": .cl100kBase, "davinci-002": .cl100kBase, "babbage-002": .cl100kBase,
        "text-embedding-ada-002": .cl100kBase, "text-embedding-3-small": .cl100kBase,
        "text-embedding-3-large": .cl100kBase,
    ]

    /// Name prefixes, in tiktoken's order. `gpt-oss-` models use o200k_harmony, whose ordinary
    /// text encodes exactly as o200k_base (only its special tokens differ).
    static let prefixes: [(String, TokenEncodingName)] = [
        ("o1-", .o200kBase), ("o3-", .o200kBase), ("o4-mini-", .o200kBase), ("gpt-5", .o200kBase),
        ("gpt-4.5-", .o200kBase), ("gpt-4.1-", .o200kBase), ("chatgpt-4o-", .o200kBase), ("gpt-4o-", .o200kBase),
        ("gpt-4-", .cl100kBase), ("gpt-3.5-turbo-", .cl100kBase), ("gpt-35-turbo-", .cl100kBase),
        ("gpt-oss-", .o200kBase), ("ft:gpt-4o", .o200kBase), ("ft:gpt-4", .cl100kBase),
        ("ft:gpt-3.5-turbo", .cl100kBase), ("ft:davinci-002", .cl100kBase), ("ft:babbage-002", .cl100kBase),
    ]

    /// The encoding of a model reference, or `nil` when it is not an OpenAI model llmgw knows.
    /// - Parameter model: `gpt-4o`, `openai/gpt-4o-mini`, `openrouter/openai/gpt-4.1`, …; the part
    ///   after the last `/` is the model name.
    /// - Returns: the encoding, or `nil` for other families (Anthropic, Gemini, Llama, Mistral, …).
    public static func encoding(forModel model: String) -> TokenEncodingName? {
        let name = model.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? model
        if let encoding = models[name] { return encoding }
        return prefixes.first { name.hasPrefix($0.0) }?.1
    }
}

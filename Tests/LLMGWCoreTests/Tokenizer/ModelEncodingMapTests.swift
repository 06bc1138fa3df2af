import Testing

@testable import LLMGWCore

/// Model names map to encodings as tiktoken's `encoding_name_for_model` does.
@Suite struct ModelEncodingMapTests {
    static let cases: [(String, TokenEncodingName?)] = [
        ("gpt-4o", .o200kBase), ("openai/gpt-4o-mini", .o200kBase), ("gpt-4.1-nano", .o200kBase),
        ("gpt-5", .o200kBase), ("gpt-5-mini", .o200kBase), ("o3", .o200kBase), ("o4-mini-2025-04-16", .o200kBase),
        ("chatgpt-4o-latest", .o200kBase), ("ft:gpt-4o-mini:org::abc", .o200kBase), ("gpt-oss-120b", .o200kBase),
        ("gpt-4", .cl100kBase), ("gpt-4-turbo", .cl100kBase), ("azure/gpt-35-turbo-16k", .cl100kBase),
        ("text-embedding-3-small", .cl100kBase), ("openrouter/openai/gpt-3.5-turbo", .cl100kBase),
        ("anthropic/claude-haiku-4-5", nil), ("gemini/gemini-2.5-flash", nil), ("local/llama3.1", nil),
        ("mistral/mistral-large-latest", nil), ("davinci", nil),
    ]

    @Test(arguments: cases)
    func encodingForModel(model: String, expected: TokenEncodingName?) {
        #expect(ModelEncodingMap.encoding(forModel: model) == expected)
    }
}

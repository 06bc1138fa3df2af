import Testing

@testable import LLMGWCore

/// The fast chunk reader must agree with the full parse, and step aside for anything unusual.
@Suite struct OpenAIChunkTests {
    @Test func fastPathAgreesWithTheFullParse() async throws {
        let fixtures = [
            "openai/chat_stream_text.sse", "openai/chat_stream_tools.sse", "openai/chat_stream_reasoning_keepalive.sse",
            "azure/chat_stream.sse",
        ]
        var checked = 0
        for fixture in fixtures {
            var framing = SSEDecoder()
            for event in framing.feed(try ProviderFixtures.bytes(fixture)) where event.data != "[DONE]" {
                let fast = try #require(OpenAIChunk.read(event.data), "\(event.data)")
                let object = try #require(try JSONValue.parse(event.data).objectValue)
                #expect(fast == OpenAIChunk(json: object))
                checked += 1
            }
        }
        #expect(checked > 15)
        let escaped =
            #"{"id":"a\u0062","choices":[{"index":0,"delta":{"content":"line\n\"q\" \ud83d\udc4b","reasoning":null}}]}"#
        let chunk = try #require(OpenAIChunk.read(escaped))
        #expect(chunk.id == "ab")
        #expect(chunk.content == "line\n\"q\" 👋")
        #expect(chunk == OpenAIChunk(json: try #require(try JSONValue.parse(escaped).objectValue)))
    }

    @Test func onlyChoiceZeroCounts() async throws {
        let text =
            #"{"choices":[{"index":1,"delta":{"content":"b"}},{"delta":{"content":"a"},"index":0,"finish_reason":"length"}]}"#
        let chunk = try #require(OpenAIChunk.read(text))
        #expect(chunk.content == "a")
        #expect(chunk.finishReason == "length")
    }

    @Test func unusualOrInvalidDataTakesTheSlowPath() async throws {
        let rejected = [
            #"{"error":{"message":"boom"}}"#, #"{"object":"error","message":"x"}"#, #"{"type":"error"}"#, "42", "[]",
            #"{"id":"x""#, #"{"id":"x",}"#, #"{"id":"x"} trailing"#,
            #"{"choices":[{"index":0,"delta":{"content":"a"}]}"#,
            #"{"a":01}"#, #"{"a":tru}"#, #"{"a":"ctl"#, "{\"a\":\"\u{01}\"}", #"{"choices":[{"index":1.5}]}"#,
        ]
        for text in rejected {
            #expect(OpenAIChunk.read(text) == nil, "\(text)")
        }
        #expect(OpenAIChunk.read(#"{"error":null,"object":"chat.completion.chunk","choices":[]}"#) != nil)
    }
}

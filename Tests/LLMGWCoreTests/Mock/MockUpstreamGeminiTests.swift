import LLMGWCore
import Testing

@Suite struct MockUpstreamGeminiTests {
    private let request: JSONValue = [
        "contents": [["role": "user", "parts": [["text": "Tell me a story."]]]],
        "generationConfig": ["maxOutputTokens": 100],
    ]

    @Test func streamsSSEWithFinishReasonAndUsageLast() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 3))
        let response = try await MockTestSupport.send(
            upstream, "/v1beta/models/gemini-x:streamGenerateContent?alt=sse", request)
        #expect(response.headers["content-type"]?.hasPrefix("text/event-stream") == true)
        let chunks = try MockTestSupport.json(MockTestSupport.events(response.body))
        #expect(chunks.count == 4)
        let text = chunks.compactMap { $0["candidates"]?[0]?["content"]?["parts"]?[0]?["text"]?.stringValue }.joined()
        #expect(MockTokenizer.count(text) == 3)
        #expect(chunks.dropLast().allSatisfy { $0["candidates"]?[0]?["finishReason"] == nil })
        #expect(chunks.last?["candidates"]?[0]?["finishReason"] == "STOP")
        #expect(chunks.last?["usageMetadata"]?["promptTokenCount"] == 5)
        #expect(chunks.last?["usageMetadata"]?["candidatesTokenCount"] == 3)
        #expect(chunks.last?["modelVersion"] == "gemini-x")
    }

    @Test func streamsAJSONArrayWithoutAltSSE() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 2))
        let response = try await MockTestSupport.send(upstream, "/v1beta/models/lorem:streamGenerateContent", request)
        let array = try #require(try JSONValue.parse(response.body).arrayValue)
        #expect(array.count == 3)
        #expect(array.last?["candidates"]?[0]?["finishReason"] == "STOP")
    }

    @Test func generateContentAndModelsAndErrors() async throws {
        let upstream = MockUpstream()
        let response = try await MockTestSupport.send(upstream, "/v1beta/models/echo:generateContent", request)
        let json = try JSONValue.parse(response.body)
        #expect(json["candidates"]?[0]?["content"]?["parts"]?[0]?["text"] == "Tell me a story.")
        #expect(json["usageMetadata"]?["candidatesTokenCount"] == 5)
        let models = try JSONValue.parse(
            try await MockTestSupport.send(upstream, "/v1beta/models", .null, method: "GET").body)
        #expect(models["models"]?[0]?["name"] == "models/echo")
        let bad = try await MockTestSupport.send(upstream, "/v1beta/models/echo:generateContent", ["contents": []])
        #expect(bad.status == 400)
        #expect(try JSONValue.parse(bad.body)["error"]?["status"] == "INVALID_ARGUMENT")
    }
}

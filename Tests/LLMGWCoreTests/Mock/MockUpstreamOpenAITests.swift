import LLMGWCore
import Testing

@Suite struct MockUpstreamOpenAITests {
    @Test func streamsChunksThenUsageThenDone() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 5))
        let response = try await MockTestSupport.send(upstream, "/v1/chat/completions", MockTestSupport.openAI())
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("text/event-stream") == true)
        #expect(response.headers["x-request-id"] != nil)
        let events = MockTestSupport.events(response.body)
        #expect(events.last?.data == "[DONE]")
        let chunks = try MockTestSupport.json(events)
        #expect(chunks.first?["choices"]?[0]?["delta"]?["role"] == "assistant")
        let text = chunks.compactMap { $0["choices"]?[0]?["delta"]?["content"]?.stringValue }.joined()
        #expect(MockTokenizer.count(text) == 5)
        #expect(text.hasPrefix("lorem"))
        let finishes = chunks.compactMap { $0["choices"]?[0]?["finish_reason"]?.stringValue }
        #expect(finishes == ["stop"])
        let usageChunk = try #require(chunks.last)
        #expect(usageChunk["choices"] == [])
        #expect(usageChunk["usage"]?["completion_tokens"] == 5)
        #expect(usageChunk["usage"]?["prompt_tokens"] == 4)
        #expect(usageChunk["usage"]?["total_tokens"] == 9)
        #expect(chunks.dropLast().allSatisfy { $0["usage"] == .null })
        #expect(Set(chunks.compactMap { $0["id"]?.stringValue }).count == 1)
    }

    @Test func withoutIncludeUsageThereIsNoUsageChunk() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 3))
        var body = MockTestSupport.openAI()
        if case .object(var members) = body {
            members["stream_options"] = nil
            body = .object(members)
        }
        let response = try await MockTestSupport.send(upstream, "/v1/chat/completions", body)
        let chunks = try MockTestSupport.json(MockTestSupport.events(response.body))
        #expect(chunks.allSatisfy { $0["usage"] == nil })
        #expect(chunks.last?["choices"]?[0]?["finish_reason"] == "stop")
    }

    @Test func echoAnswersTheLastUserMessageWithUsage() async throws {
        let upstream = MockUpstream()
        let body: JSONValue = [
            "model": "echo", "stream": false,
            "messages": [
                ["role": "system", "content": "Be brief."], ["role": "user", "content": "first"],
                ["role": "assistant", "content": "ok"],
                ["role": "user", "content": [["type": "text", "text": "Say: hi there!"]]],
            ],
        ]
        let response = try await MockTestSupport.send(upstream, "mock://local/v1/chat/completions", body)
        #expect(response.status == 200)
        let json = try JSONValue.parse(response.body)
        #expect(json["object"] == "chat.completion")
        #expect(json["choices"]?[0]?["message"]?["content"] == "Say: hi there!")
        #expect(json["choices"]?[0]?["finish_reason"] == "stop")
        #expect(json["usage"]?["completion_tokens"] == 5)
        #expect(json["usage"]?["prompt_tokens"] == 10)
    }

    @Test func maxTokensCapsTheAnswerWithFinishLength() async throws {
        let upstream = MockUpstream()
        let body = MockTestSupport.openAI(stream: false, extra: ["max_completion_tokens": 3])
        let json = try JSONValue.parse(try await MockTestSupport.send(upstream, "/v1/chat/completions", body).body)
        #expect(json["choices"]?[0]?["finish_reason"] == "length")
        #expect(json["usage"]?["completion_tokens"] == 3)
    }

    @Test func answersWithAToolCallWhenAsked() async throws {
        let upstream = MockUpstream()
        let tools: JSONValue = [["type": "function", "function": ["name": "get_weather", "parameters": [:]]]]
        let body = MockTestSupport.openAI(prompt: "please call get_weather now", extra: ["tools": tools])
        let response = try await MockTestSupport.send(upstream, "/v1/chat/completions", body)
        let chunks = try MockTestSupport.json(MockTestSupport.events(response.body))
        let calls = chunks.compactMap { $0["choices"]?[0]?["delta"]?["tool_calls"]?[0] }
        #expect(calls.first?["function"]?["name"] == "get_weather")
        #expect(calls.first?["id"]?.stringValue?.hasPrefix("call_") == true)
        let arguments = calls.compactMap { $0["function"]?["arguments"]?.stringValue }.joined()
        #expect(try JSONValue.parse(arguments) == ["query": "mock"])
        #expect(chunks.compactMap { $0["choices"]?[0]?["finish_reason"]?.stringValue } == ["tool_calls"])
    }

    @Test func listsModels() async throws {
        let response = try await MockTestSupport.send(MockUpstream(), "/v1/models", .null, method: "GET")
        let json = try JSONValue.parse(response.body)
        #expect(json["object"] == "list")
        #expect(json["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["echo", "lorem"])
    }
}

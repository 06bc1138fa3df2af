import LLMGWCore
import Testing

@Suite struct MockUpstreamAnthropicTests {
    private func body(stream: Bool, prompt: String = "Hello there", extra: [String: JSONValue] = [:]) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": "lorem", "max_tokens": 100, "stream": .bool(stream), "system": "Be kind.",
            "messages": [["role": "user", "content": .string(prompt)]],
        ]
        body.merge(extra) { _, new in new }
        return .object(body)
    }

    @Test func streamsTheFullEventSequence() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 4))
        let response = try await MockTestSupport.send(upstream, "/v1/messages", body(stream: true))
        #expect(response.status == 200)
        #expect(response.headers["request-id"] != nil)
        let events = MockTestSupport.events(response.body)
        let names = events.compactMap(\.name)
        #expect(
            names == [
                "message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta",
                "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop",
            ])
        let json = try MockTestSupport.json(events)
        for (event, data) in zip(events, json) { #expect(data["type"]?.stringValue == event.name) }
        #expect(json[0]["message"]?["usage"]?["input_tokens"] == 5)
        let text = json.compactMap { $0["delta"]?["text"]?.stringValue }.joined()
        #expect(MockTokenizer.count(text) == 4)
        #expect(json[8]["delta"]?["stop_reason"] == "end_turn")
        #expect(json[8]["usage"]?["output_tokens"] == 4)
    }

    @Test func nonStreamedMessageHasContentAndUsage() async throws {
        let upstream = MockUpstream()
        var request = body(stream: false, prompt: "Echo me, please.")
        if case .object(var members) = request {
            members["model"] = "echo"
            request = .object(members)
        }
        let json = try JSONValue.parse(try await MockTestSupport.send(upstream, "/v1/messages", request).body)
        #expect(json["type"] == "message")
        #expect(json["content"]?[0]?["text"] == "Echo me, please.")
        #expect(json["stop_reason"] == "end_turn")
        #expect(json["usage"]?["output_tokens"] == 5)
        #expect(json["usage"]?["input_tokens"] == 8)
    }

    @Test func streamsAToolUseBlock() async throws {
        let upstream = MockUpstream()
        let tools: JSONValue = [["name": "lookup", "input_schema": ["type": "object"]]]
        let response = try await MockTestSupport.send(
            upstream, "/v1/messages", body(stream: true, prompt: "call lookup", extra: ["tools": tools]))
        let json = try MockTestSupport.json(MockTestSupport.events(response.body))
        let start = try #require(json.first { $0["type"] == "content_block_start" })
        #expect(start["content_block"]?["type"] == "tool_use")
        #expect(start["content_block"]?["name"] == "lookup")
        let partial = json.compactMap { $0["delta"]?["partial_json"]?.stringValue }.joined()
        #expect(try JSONValue.parse(partial) == ["query": "mock"])
        #expect(json.first { $0["type"] == "message_delta" }?["delta"]?["stop_reason"] == "tool_use")
    }

    @Test func missingMaxTokensIsA400InAnthropicShape() async throws {
        let request: JSONValue = ["model": "lorem", "messages": [["role": "user", "content": "hi"]]]
        let response = try await MockTestSupport.send(MockUpstream(), "/v1/messages", request)
        #expect(response.status == 400)
        let json = try JSONValue.parse(response.body)
        #expect(json["type"] == "error")
        #expect(json["error"]?["type"] == "invalid_request_error")
        #expect(json["error"]?["message"]?.stringValue?.contains("max_tokens") == true)
    }
}

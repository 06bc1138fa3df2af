import Testing

@testable import LLMGWCore

@Suite struct AnthropicMessagesAdapterTests {
    let adapter = AnthropicMessagesAdapter()
    let endpoint = ProviderEndpoint(
        provider: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1", model: "claude-haiku-4-5",
        apiKey: ProviderFixtures.key, extraHeaders: ["anthropic-beta": "test-flag"])

    @Test func encodesEveryFieldLikeTheGolden() async throws {
        let request = try adapter.encode(ProviderFixtures.fullRequest, endpoint: endpoint)
        #expect(request.url == "https://api.anthropic.com/v1/messages")
        #expect(request.headers["x-api-key"] == "test-key-0000")
        #expect(request.headers["anthropic-version"] == "2023-06-01")
        #expect(request.headers["anthropic-beta"] == "test-flag")
        #expect(request.headers["authorization"] == nil)
        let body = try JSONValue.parse(request.body)
        #expect(body == (try ProviderFixtures.json("anthropic/request_full.json")))
    }

    @Test func defaultsMaxTokensAndMergesTurns() async throws {
        let chat = ChatRequest(
            model: "m",
            messages: [
                .text(.user, "a"), .text(.user, "b"),
                ChatMessage(
                    role: .assistant, content: [.text("")],
                    toolCalls: [
                        ToolCall(id: "t1", name: "f", arguments: ""), ToolCall(id: "t2", name: "g", arguments: "{}"),
                    ]),
                ChatMessage(role: .tool, content: [.text("r1")], toolCallID: "t1"),
                ChatMessage(role: .tool, content: [.text("r2")], toolCallID: "t2"),
            ],
            stream: false, options: ["max_tokens": 50])
        var local = endpoint
        local.apiKey = nil
        let request = try adapter.encode(chat, endpoint: local)
        #expect(request.headers["x-api-key"] == nil)
        let body = try JSONValue.parse(request.body)
        #expect(body["max_tokens"] == 50)
        #expect(body["stream"] == nil)
        #expect(
            body["messages"] == [
                ["role": "user", "content": [["type": "text", "text": "a"], ["type": "text", "text": "b"]]],
                [
                    "role": "assistant",
                    "content": [
                        ["type": "tool_use", "id": "t1", "name": "f", "input": [:]],
                        ["type": "tool_use", "id": "t2", "name": "g", "input": [:]],
                    ],
                ],
                [
                    "role": "user",
                    "content": [
                        ["type": "tool_result", "tool_use_id": "t1", "content": "r1"],
                        ["type": "tool_result", "tool_use_id": "t2", "content": "r2"],
                    ],
                ],
            ])
        let noLimit = try JSONValue.parse(
            try adapter.encode(ChatRequest(model: "m", messages: [.text(.user, "x")]), endpoint: local).body)
        #expect(noLimit["max_tokens"] == 4096)
        #expect(noLimit["system"] == nil)
    }

    @Test func invalidToolArgumentsAreABadRequest() async throws {
        let chat = ChatRequest(
            model: "m",
            messages: [
                ChatMessage(role: .assistant, content: [], toolCalls: [ToolCall(id: "t", name: "f", arguments: "[1")])
            ])
        #expect(throws: ProviderError.self) { try adapter.encode(chat, endpoint: endpoint) }
    }

    @Test func jsonObjectFormatBecomesASystemInstruction() async throws {
        let chat = ChatRequest(model: "m", messages: [.text(.user, "x")], responseFormat: .jsonObject)
        let body = try JSONValue.parse(try adapter.encode(chat, endpoint: endpoint).body)
        #expect(body["system"]?.stringValue?.contains("JSON object") == true)
        #expect(body["response_format"] == nil)
    }

    @Test func decodesAWholeResponse() async throws {
        let events = try adapter.decodeResponse(try ProviderFixtures.bytes("anthropic/messages_response.json"))
        let result = ProviderFixtures.fold(events)
        #expect(result.responseID == "msg_01Aq9w938a90dw8q")
        #expect(result.servedModel == "claude-haiku-4-5-20251001")
        #expect(result.reasoning == "Need the weather tool.")
        #expect(result.text == "I'll look that up.")
        #expect(result.toolCalls.count == 1)
        #expect(result.toolCalls.first?.id == "toolu_01A09q90qw90lq917835lq9")
        #expect(
            try JSONValue.parse(result.toolCalls.first?.arguments ?? "")
                == ["location": "San Francisco, CA", "unit": "celsius"])
        #expect(
            result.usage == Usage(inputTokens: 3595, outputTokens: 503, cachedInputTokens: 500, cacheWriteTokens: 1000))
        #expect(result.finishReason == .toolCalls)
    }

    @Test func decodesTheStreamHoweverItIsDelivered() async throws {
        let bytes = try ProviderFixtures.bytes("anthropic/messages_stream.sse")
        for delivery in ProviderFixtures.deliveries(of: bytes) {
            let events = try ProviderFixtures.decodeStream(
                delivery.bytes, adapter: adapter, chunkSize: delivery.chunkSize)
            let result = ProviderFixtures.fold(events)
            #expect(events.first == .started(id: "msg_01XFDUDYJgAACzvnptvVoYEL", model: "claude-sonnet-4-5-20250929"))
            #expect(result.reasoning == "The user wants weather.", "\(delivery.name)")
            #expect(result.text == "Let me check the weather.")
            #expect(
                result.toolCalls == [
                    ToolCall(
                        id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6", name: "get_weather",
                        arguments: #"{"location": "San Francisco, CA"}"#),
                    ToolCall(id: "toolu_02", name: "get_time", arguments: "{}"),
                ])
            // message_delta usage is cumulative (89 replaces 40); input includes cache read and write.
            #expect(
                result.usage
                    == Usage(inputTokens: 2125, outputTokens: 89, cachedInputTokens: 2000, cacheWriteTokens: 100))
            #expect(result.finishReason == .toolCalls)
            #expect(events.last == .finish(.toolCalls))
        }
    }

    @Test func truncatedStreamsAreNeverSuccess() async throws {
        let bytes = try ProviderFixtures.bytes("anthropic/messages_stream.sse")
        let beforeStop = ProviderFixtures.cut(bytes, before: "event: message_stop")
        #expect(ProviderFixtures.streamError(beforeStop, adapter: adapter)?.errorClass == "stream_truncated")
        // message_stop while a block is still open is truncated too.
        let openBlock = Array(
            """
            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: message_stop
            data: {"type":"message_stop"}


            """.utf8)
        #expect(ProviderFixtures.streamError(openBlock, adapter: adapter)?.errorClass == "stream_truncated")
    }

    @Test func errorEventsAreTyped() async throws {
        let bytes = try ProviderFixtures.bytes("anthropic/messages_stream_overloaded.sse")
        let error = ProviderFixtures.streamError(bytes, adapter: adapter, chunkSize: 3)
        #expect(error == .overloaded(message: error?.message ?? "", retryAfter: nil))
        #expect(error?.isRetryable == true)
        let garbage = Array("event: content_block_delta\ndata: {not json\n\n".utf8)
        #expect(ProviderFixtures.streamError(garbage, adapter: adapter)?.errorClass == "malformed_response")
    }

    @Test func errorsMapByStatusAndBody() async throws {
        func map(_ status: Int, _ fixture: String, headers: HTTPHeaders = [:]) throws -> ProviderError {
            adapter.decodeError(
                status: status, headers: headers, body: try ProviderFixtures.bytes("anthropic/" + fixture))
        }
        let overloaded = try map(529, "error_overloaded.json", headers: ["retry-after": "3"])
        #expect(overloaded == .overloaded(message: overloaded.message, retryAfter: 3))
        #expect(try map(400, "error_prompt_too_long.json").errorClass == "context_length_exceeded")
        #expect(try map(401, "error_authentication.json").errorClass == "authentication")
        #expect(try map(429, "error_rate_limit.json").errorClass == "rate_limited")
        #expect(try map(400, "error_billing.json").errorClass == "quota_exceeded")
        #expect(try map(413, "error_authentication.json").errorClass == "bad_request")
        #expect(try map(500, "error_overloaded.json").errorClass == "server_error")
    }
}

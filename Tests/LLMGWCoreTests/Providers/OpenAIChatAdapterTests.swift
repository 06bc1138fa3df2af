import Testing

@testable import LLMGWCore

@Suite struct OpenAIChatAdapterTests {
    let adapter = OpenAIChatAdapter()
    let endpoint = ProviderEndpoint(
        provider: "openai", kind: .openai, baseURL: "https://api.openai.com/v1/", model: "gpt-4o-mini",
        apiKey: ProviderFixtures.key, extraHeaders: ["OpenAI-Organization": "org-test"])

    @Test func encodesEveryFieldLikeTheGolden() async throws {
        let request = try adapter.encode(ProviderFixtures.fullRequest, endpoint: endpoint)
        #expect(request.method == "POST")
        #expect(request.url == "https://api.openai.com/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer test-key-0000")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.headers["accept"] == "text/event-stream")
        #expect(request.headers["openai-organization"] == "org-test")
        let body = try JSONValue.parse(request.body)
        #expect(body == (try ProviderFixtures.json("openai/request_full.json")))
    }

    @Test func compatibleServersGetMaxTokensAndNoAuthWithoutKey() async throws {
        let local = ProviderEndpoint(
            provider: "local", kind: .openai, baseURL: "http://127.0.0.1:8080/v1", model: "qwen2.5",
            supportsStreamUsage: false)
        var chat = ChatRequest(model: "qwen2.5", messages: [.text(.user, "hi")], maxTokens: 10, stream: false)
        chat.options = ["max_tokens": 99, "temperature": 0]
        chat.temperature = 0.7
        let request = try adapter.encode(chat, endpoint: local)
        #expect(request.headers["authorization"] == nil)
        #expect(request.headers["accept"] == "application/json")
        let body = try JSONValue.parse(request.body)
        #expect(
            body == [
                "model": "qwen2.5", "messages": [["role": "user", "content": "hi"]], "max_tokens": 99, "temperature": 0,
            ])
        #expect(
            OpenAIChatAdapter(maxTokensField: .maxCompletionTokens).maxTokensField(for: local) == .maxCompletionTokens)
    }

    @Test func streamingWithoutUsageSupportOmitsStreamOptions() async throws {
        var local = endpoint
        local.provider = "groq"
        local.baseURL = "https://api.groq.com/openai/v1"
        local.supportsStreamUsage = false
        let chat = ChatRequest(
            model: "m", messages: [.text(.user, "hi")], toolChoice: ToolChoice.none, responseFormat: .jsonObject)
        let body = try JSONValue.parse(try adapter.encode(chat, endpoint: local).body)
        #expect(body["stream"] == true)
        #expect(body["stream_options"] == nil)
        #expect(body["tool_choice"] == "none")
        #expect(body["response_format"] == ["type": "json_object"])
        #expect(body["model"] == "gpt-4o-mini")
    }

    @Test func decodesAWholeResponseWithToolCallsAndUsage() async throws {
        let events = try adapter.decodeResponse(try ProviderFixtures.bytes("openai/chat_response.json"))
        let result = ProviderFixtures.fold(events)
        #expect(events.first == .started(id: "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", model: "gpt-4o-2024-08-06"))
        #expect(result.text == "Checking the weather.")
        #expect(
            result.toolCalls == [
                ToolCall(id: "call_abc", name: "get_weather", arguments: #"{"location":"Paris"}"#),
                ToolCall(id: "call_def", name: "get_time", arguments: "{}"),
            ])
        #expect(
            result.usage
                == Usage(inputTokens: 1117, outputTokens: 46, cachedInputTokens: 1024, reasoningTokens: 12))
        #expect(result.finishReason == .toolCalls)
    }

    @Test func decodesATextStreamHoweverItIsDelivered() async throws {
        let bytes = try ProviderFixtures.bytes("openai/chat_stream_text.sse")
        for delivery in ProviderFixtures.deliveries(of: bytes) {
            let events = try ProviderFixtures.decodeStream(
                delivery.bytes, adapter: adapter, chunkSize: delivery.chunkSize)
            #expect(
                events == [
                    .started(id: "chatcmpl-abc123", model: "gpt-4o-mini-2024-07-18"), .textDelta("Hel"),
                    .textDelta("lo, wörld"), .textDelta(" 👋"),
                    .usage(Usage(inputTokens: 13, outputTokens: 7, cachedInputTokens: 4, reasoningTokens: 2)),
                    .finish(.stop),
                ], "\(delivery.name)")
        }
    }

    @Test func decodesStreamedToolCalls() async throws {
        let bytes = try ProviderFixtures.bytes("openai/chat_stream_tools.sse")
        for delivery in ProviderFixtures.deliveries(of: bytes) {
            let result = ProviderFixtures.fold(
                try ProviderFixtures.decodeStream(delivery.bytes, adapter: adapter, chunkSize: delivery.chunkSize))
            #expect(
                result.toolCalls == [
                    ToolCall(id: "call_weather1", name: "get_weather", arguments: #"{"location": "Paris"}"#),
                    ToolCall(id: "call_time2", name: "get_time", arguments: #"{"tz":"CET"}"#),
                ], "\(delivery.name)")
            #expect(result.finishReason == .toolCalls)
            #expect(result.usage == Usage(inputTokens: 80, outputTokens: 30))
        }
    }

    @Test func decodesReasoningAndSkipsKeepAliveComments() async throws {
        let bytes = try ProviderFixtures.bytes("openai/chat_stream_reasoning_keepalive.sse")
        let result = ProviderFixtures.fold(try ProviderFixtures.decodeStream(bytes, adapter: adapter, chunkSize: 5))
        #expect(result.reasoning == "Let me think. 2+2=4.")
        #expect(result.text == "4")
        #expect(result.usage == Usage(inputTokens: 10, outputTokens: 20, cachedInputTokens: 6, reasoningTokens: 15))
        #expect(result.finishReason == .stop)
    }

    @Test func truncatedStreamsAreNeverSuccess() async throws {
        let bytes = try ProviderFixtures.bytes("openai/chat_stream_text.sse")
        // Cut before [DONE] and before the finish chunk: no finish_reason at all → truncated.
        let beforeFinish = ProviderFixtures.cut(
            bytes,
            before:
                #"data: {"id":"chatcmpl-abc123","object":"chat.completion.chunk","created":1726012687,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_44709d6fcb","choices":[{"index":0,"delta":{},"#
        )
        #expect(beforeFinish.count < bytes.count)
        #expect(ProviderFixtures.streamError(beforeFinish, adapter: adapter)?.errorClass == "stream_truncated")
        // Cut in the middle of an event line.
        #expect(ProviderFixtures.streamError(Array(bytes[..<300]), adapter: adapter)?.errorClass == "stream_truncated")
        // [DONE] without any finish_reason is suspect, so truncated too.
        let doneOnly = Array(
            "data: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\ndata: [DONE]\n\n".utf8)
        #expect(ProviderFixtures.streamError(doneOnly, adapter: adapter)?.errorClass == "stream_truncated")
        #expect(ProviderFixtures.streamError([], adapter: adapter)?.errorClass == "stream_truncated")
    }

    @Test func aFinishReasonWithoutDoneIsAcceptedForCompatibleServers() async throws {
        let bytes = try ProviderFixtures.bytes("openai/chat_stream_text.sse")
        let withoutDone = ProviderFixtures.cut(bytes, before: "data: [DONE]")
        let result = ProviderFixtures.fold(try ProviderFixtures.decodeStream(withoutDone, adapter: adapter))
        #expect(result.finishReason == .stop)
        #expect(result.text == "Hello, wörld 👋")
    }

    @Test func midStreamErrorsAreTyped() async throws {
        let server = ProviderFixtures.streamError(
            try ProviderFixtures.bytes("openai/chat_stream_midstream_error.sse"), adapter: adapter)
        #expect(server?.errorClass == "server_error")
        #expect(server?.message.contains("The server had an error") == true)
        let upstream = ProviderFixtures.streamError(
            try ProviderFixtures.bytes("openai/chat_stream_openrouter_error.sse"), adapter: adapter)
        #expect(upstream == .server(status: 502, message: upstream?.message ?? ""))
        #expect(upstream?.message.contains("Upstream provider went away") == true)
    }

    @Test func malformedDataIsAnError() async throws {
        let bytes = Array("data: {\"id\":\"x\",\"choices\":[\n\n".utf8)
        let error = ProviderFixtures.streamError(bytes, adapter: adapter)
        #expect(error?.errorClass == "malformed_response")
        #expect(
            ProviderFixtures.streamError(Array("data: 42\n\n".utf8), adapter: adapter)?.errorClass
                == "malformed_response")
        #expect(
            ProviderFixtures.responseError(Array("<html>".utf8), adapter: adapter)?.errorClass == "malformed_response")
        #expect(ProviderFixtures.responseError(Array("{}".utf8), adapter: adapter)?.errorClass == "malformed_response")
    }

    @Test func errorsMapByStatusAndBody() async throws {
        func map(_ status: Int, _ fixture: String?, headers: HTTPHeaders = [:]) throws -> ProviderError {
            let body = try fixture.map { try ProviderFixtures.bytes("openai/" + $0) } ?? []
            return adapter.decodeError(status: status, headers: headers, body: body)
        }
        #expect(try map(401, "error_invalid_key.json").errorClass == "authentication")
        #expect(try map(400, "error_context_length.json").errorClass == "context_length_exceeded")
        #expect(try map(429, "error_insufficient_quota.json").errorClass == "quota_exceeded")
        let limited = try map(429, "error_rate_limit.json", headers: ["retry-after-ms": "1500", "retry-after": "9"])
        #expect(limited == .rateLimited(message: limited.message, retryAfter: 1.5))
        #expect(limited.message.contains("rate_limit_exceeded"))
        #expect(try map(403, nil).errorClass == "permission")
        #expect(try map(404, nil).errorClass == "not_found")
        #expect(try map(422, nil).errorClass == "bad_request")
        #expect(try map(402, nil).errorClass == "quota_exceeded")
        #expect(try map(408, nil).errorClass == "timeout")
        #expect(try map(409, nil) == .server(status: 409, message: try map(409, nil).message))
        #expect(try map(503, nil).errorClass == "overloaded")
        let gateway = try map(502, "error_bad_gateway.html")
        #expect(gateway == .server(status: 502, message: gateway.message))
        #expect(gateway.message.contains("502 Bad Gateway"))
        #expect(!gateway.message.contains("<"))
    }

    @Test func longGarbageBodiesAreTruncated() async throws {
        let garbage = [UInt8](repeating: 0x41, count: 100_000) + [0xFF, 0x00]
        let error = adapter.decodeError(status: 500, headers: [:], body: garbage)
        #expect(error.errorClass == "server_error")
        #expect(error.message.count < 600)
    }
}

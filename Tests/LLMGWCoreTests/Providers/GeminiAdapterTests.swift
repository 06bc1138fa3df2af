import Testing

@testable import LLMGWCore

@Suite struct GeminiAdapterTests {
    let adapter = GeminiAdapter()
    let endpoint = ProviderEndpoint(
        provider: "gemini", kind: .gemini, baseURL: "https://generativelanguage.googleapis.com/v1beta",
        model: "gemini-2.5-flash", apiKey: ProviderFixtures.key)

    @Test func encodesEveryFieldLikeTheGolden() async throws {
        let request = try adapter.encode(ProviderFixtures.fullRequest, endpoint: endpoint)
        #expect(
            request.url
                == "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
        )
        #expect(request.headers["x-goog-api-key"] == "test-key-0000")
        #expect(!request.url.contains("test-key"))
        let body = try JSONValue.parse(request.body)
        #expect(body == (try ProviderFixtures.json("gemini/request_full.json")))
    }

    @Test func nonStreamedURLAndToolResultNames() async throws {
        var local = endpoint
        local.model = "models/gemini-2.5-pro"
        let chat = ChatRequest(
            model: "x",
            messages: [
                ChatMessage(
                    role: .assistant, content: [], toolCalls: [ToolCall(id: "c1", name: "lookup", arguments: "")]),
                ChatMessage(role: .tool, content: [.text("plain text")], toolCallID: "c1"),
            ],
            stream: false)
        let request = try adapter.encode(chat, endpoint: local)
        #expect(request.url == "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent")
        let body = try JSONValue.parse(request.body)
        #expect(
            body["contents"] == [
                ["role": "model", "parts": [["functionCall": ["name": "lookup", "args": [:]]]]],
                [
                    "role": "user",
                    "parts": [["functionResponse": ["name": "lookup", "response": ["result": "plain text"]]]],
                ],
            ])
        #expect(body["generationConfig"] == nil)
        let orphan = ChatRequest(
            model: "x", messages: [ChatMessage(role: .tool, content: [.text("r")], toolCallID: "nope")])
        #expect(throws: ProviderError.self) { try adapter.encode(orphan, endpoint: endpoint) }
    }

    @Test func jsonObjectFormatSetsTheMimeType() async throws {
        let chat = ChatRequest(
            model: "x", messages: [.text(.user, "x")], toolChoice: .required, responseFormat: .jsonObject)
        let body = try JSONValue.parse(try adapter.encode(chat, endpoint: endpoint).body)
        #expect(body["generationConfig"] == ["responseMimeType": "application/json"])
        #expect(body["toolConfig"] == ["functionCallingConfig": ["mode": "ANY"]])
    }

    @Test func decodesAWholeResponseWithThoughts() async throws {
        let result = ProviderFixtures.fold(
            try adapter.decodeResponse(try ProviderFixtures.bytes("gemini/response.json")))
        #expect(result.responseID == "abcXYZ")
        #expect(result.servedModel == "gemini-2.5-pro")
        #expect(result.reasoning == "Thinking...")
        #expect(result.text == "Hello there.")
        #expect(result.toolCalls == [ToolCall(id: "fc-1", name: "lookup", arguments: #"{"q":"x"}"#)])
        // Output = candidates + thoughts; the tool-use prompt counts as input.
        #expect(result.usage == Usage(inputTokens: 15, outputTokens: 35, reasoningTokens: 30))
        #expect(result.finishReason == .toolCalls)
    }

    @Test func aBlockedPromptFinishesAsContentFilter() async throws {
        let result = ProviderFixtures.fold(
            try adapter.decodeResponse(try ProviderFixtures.bytes("gemini/response_blocked.json")))
        #expect(result.finishReason == .contentFilter)
        #expect(result.usage == Usage(inputTokens: 8))
        #expect(ProviderFixtures.responseError(Array("{}".utf8), adapter: adapter)?.errorClass == "malformed_response")
    }

    @Test func decodesTheStreamHoweverItIsDelivered() async throws {
        let bytes = try ProviderFixtures.bytes("gemini/stream.sse")
        for delivery in ProviderFixtures.deliveries(of: bytes) {
            let events = try ProviderFixtures.decodeStream(
                delivery.bytes, adapter: adapter, chunkSize: delivery.chunkSize)
            #expect(
                events == [
                    .started(id: "resp-g1", model: "gemini-2.5-flash"), .reasoningDelta("**Thinking about weather**"),
                    .textDelta("The weather"), .textDelta(" in Paris is sunny."),
                    .usage(Usage(inputTokens: 27, outputTokens: 202, cachedInputTokens: 10, reasoningTokens: 194)),
                    .finish(.stop),
                ], "\(delivery.name)")
        }
    }

    @Test func decodesStreamedFunctionCalls() async throws {
        let bytes = try ProviderFixtures.bytes("gemini/stream_tools.sse")
        let result = ProviderFixtures.fold(try ProviderFixtures.decodeStream(bytes, adapter: adapter, chunkSize: 1))
        #expect(
            result.toolCalls == [
                ToolCall(id: "call_0", name: "get_weather", arguments: #"{"location":"Paris"}"#),
                ToolCall(id: "call_1", name: "get_time", arguments: "{}"),
            ])
        #expect(result.finishReason == .toolCalls)
    }

    @Test func truncatedAndFailedStreams() async throws {
        let bytes = try ProviderFixtures.bytes("gemini/stream.sse")
        let cut = ProviderFixtures.cut(
            bytes, before: #"data: {"candidates":[{"content":{"role":"model","parts":[{"text":""}]}"#)
        #expect(cut.count < bytes.count)
        #expect(ProviderFixtures.streamError(cut, adapter: adapter)?.errorClass == "stream_truncated")
        let failed = ProviderFixtures.streamError(
            try ProviderFixtures.bytes("gemini/stream_midstream_error.sse"), adapter: adapter)
        #expect(failed == .server(status: 500, message: failed?.message ?? ""))
    }

    @Test func errorsMapByStatusAndBody() async throws {
        func map(_ status: Int, _ fixture: String, headers: HTTPHeaders = [:]) throws -> ProviderError {
            adapter.decodeError(status: status, headers: headers, body: try ProviderFixtures.bytes("gemini/" + fixture))
        }
        #expect(try map(400, "error_api_key_invalid.json").errorClass == "authentication")
        #expect(try map(400, "error_token_limit.json").errorClass == "context_length_exceeded")
        let exhausted = try map(429, "error_resource_exhausted.json")
        #expect(exhausted == .rateLimited(message: exhausted.message, retryAfter: 26))
        let withHeader = try map(429, "error_resource_exhausted.json", headers: ["Retry-After": "2"])
        #expect(withHeader.retryAfter == 2)
        #expect(try map(503, "error_unavailable.json").errorClass == "overloaded")
        #expect(try map(403, "error_unavailable.json").errorClass == "permission")
        let billing =
            #"{"error":{"code":400,"message":"Billing is not enabled for this project.","status":"FAILED_PRECONDITION"}}"#
        #expect(
            adapter.decodeError(status: 400, headers: [:], body: Array(billing.utf8)).errorClass == "quota_exceeded")
    }
}

import LLMGWCore
import LLMGWServer
import Testing

@Suite(.timeLimit(.minutes(1))) struct MockServerTests {
    private func chatBody(prompt: String = "Hello, world!", stream: Bool = true, model: String = "lorem") -> [UInt8] {
        let body: JSONValue = [
            "model": .string(model), "messages": [["role": "user", "content": .string(prompt)]],
            "stream": .bool(stream), "stream_options": ["include_usage": true],
        ]
        return body.serializedBytes()
    }

    @Test func startsOnAFreePortAndStreamsEventByEvent() async throws {
        let server = try await MockServer.start(behavior: MockBehavior(tokensPerSecond: 20, outputTokens: 4))
        #expect(server.port > 0)
        #expect(server.baseURL == "http://127.0.0.1:\(server.port)")
        let exchange = try await RawHTTPClient.exchange(
            port: server.port, path: "/v1/chat/completions", body: chatBody())
        await server.stop()
        #expect(exchange.status == 200)
        #expect(exchange.head.contains("content-type: text/event-stream"))
        #expect(exchange.endedWithFinalChunk)
        // Tokens 50 ms apart arrive in separate reads, not as one buffered body.
        #expect(exchange.reads.count >= 2)
        let text = String(decoding: exchange.body, as: UTF8.self)
        #expect(text.hasSuffix("data: [DONE]\n\n"))
        #expect(text.contains("\"completion_tokens\":4"))
    }

    @Test func answersJSONWithContentLength() async throws {
        let server = try await MockServer.start(behavior: MockBehavior())
        let exchange = try await RawHTTPClient.exchange(
            port: server.port, path: "/v1/chat/completions",
            body: chatBody(prompt: "ping", stream: false, model: "echo"))
        let models = try await RawHTTPClient.exchange(port: server.port, method: "GET", path: "/v1beta/models")
        await server.stop()
        #expect(exchange.status == 200)
        #expect(exchange.head.contains("content-length: \(exchange.body.count)"))
        let json = try JSONValue.parse(exchange.body)
        #expect(json["choices"]?[0]?["message"]?["content"] == "ping")
        #expect(models.status == 200)
        #expect(try JSONValue.parse(models.body)["models"]?[1]?["name"] == "models/lorem")
    }

    @Test func disconnectFaultReallyClosesTheConnection() async throws {
        let server = try await MockServer.start(behavior: MockBehavior(outputTokens: 8))
        let exchange = try await RawHTTPClient.exchange(
            port: server.port, path: "/v1/chat/completions", headers: ["x-mock-fault": "disconnect"],
            body: chatBody())
        await server.stop()
        #expect(exchange.status == 200)
        #expect(!exchange.endedWithFinalChunk)
        let text = String(decoding: exchange.body, as: UTF8.self)
        #expect(text.contains("chat.completion.chunk"))
        #expect(!text.contains("[DONE]"))
    }

    @Test func injectedErrorsKeepTheProviderShape() async throws {
        let server = try await MockServer.start(behavior: MockBehavior(errorRates: [429: 1]))
        let exchange = try await RawHTTPClient.exchange(
            port: server.port, path: "/v1/messages",
            body: Array(#"{"model":"lorem","max_tokens":5,"messages":[]}"#.utf8))
        await server.stop()
        #expect(exchange.status == 429)
        #expect(exchange.head.contains("retry-after: 1"))
        #expect(try JSONValue.parse(exchange.body)["error"]?["type"] == "rate_limit_error")
    }

    @Test func stopReturnsWhileAStreamIsOpen() async throws {
        // 200 tokens at 2 per second would take 100 s; stop must cut it.
        let server = try await MockServer.start(behavior: MockBehavior(tokensPerSecond: 2, outputTokens: 200))
        let (firstRead, firstReadSeen) = AsyncStream<Void>.makeStream()
        let client = Task {
            try await RawHTTPClient.exchange(
                port: server.port, path: "/v1/chat/completions", body: chatBody(),
                stop: { reads in
                    if reads.count == 1 { firstReadSeen.yield() }
                    return false
                })
        }
        for await _ in firstRead { break }
        await server.stop()
        let exchange = try await client.value
        #expect(exchange.status == 200)
        #expect(!exchange.endedWithFinalChunk)
    }

    @Test func stallFaultHoldsUntilTheStallLimitThenCloses() async throws {
        let server = try await MockServer.start(
            behavior: MockBehavior(outputTokens: 6, stallLimit: .milliseconds(100)))
        let exchange = try await RawHTTPClient.exchange(
            port: server.port, path: "/v1/chat/completions", headers: ["x-mock-fault": "stall"], body: chatBody())
        await server.stop()
        #expect(exchange.status == 200)
        #expect(!exchange.endedWithFinalChunk)
        #expect(String(decoding: exchange.body, as: UTF8.self).contains("chat.completion.chunk"))
    }
}

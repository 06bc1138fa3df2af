import Testing

@testable import LLMGWCore

@Suite struct ProviderClientTests {
    let openAI = ProviderEndpoint(
        provider: "openai", kind: .openai, baseURL: "https://api.openai.com/v1", model: "gpt-4o-mini",
        apiKey: ProviderFixtures.key)
    let request = ChatRequest(model: "gpt-4o-mini", messages: [.text(.user, "hi")])

    /// A transport that records the request and answers with `response`.
    private func transport(
        capturing box: RequestBox? = nil, _ response: @escaping @Sendable () throws -> HTTPResponse
    ) -> InMemoryTransport {
        InMemoryTransport { request in
            await box?.set(request)
            return try response()
        }
    }

    private func collect(_ stream: AsyncThrowingStream<ChatEvent, any Error>) async -> ([ChatEvent], ProviderError?) {
        var events: [ChatEvent] = []
        do {
            for try await event in stream { events.append(event) }
            return (events, nil)
        } catch let error as ProviderError {
            return (events, error)
        } catch {
            Issue.record("not a ProviderError: \(error)")
            return (events, nil)
        }
    }

    @Test func streamsEventsFromTheTransport() async throws {
        let body = try ProviderFixtures.bytes("openai/chat_stream_text.sse")
        let box = RequestBox()
        let client = ProviderClient(
            transport: transport(capturing: box) {
                InMemoryTransport.response(body: String(decoding: body, as: UTF8.self), chunkSize: 3)
            })
        let timeouts = TransportTimeouts(connect: .seconds(1), idle: .seconds(7))
        let (events, error) = await collect(client.stream(request, to: openAI, timeouts: timeouts))
        #expect(error == nil)
        #expect(events.count == 6)
        #expect(ProviderFixtures.fold(events).text == "Hello, wörld 👋")
        let sent = try #require(await box.request)
        #expect(sent.url == "https://api.openai.com/v1/chat/completions")
        #expect(sent.headers["authorization"] == "Bearer test-key-0000")
        #expect(sent.timeouts == timeouts)
    }

    @Test func completeFoldsAnAnthropicStream() async throws {
        let body = try ProviderFixtures.bytes("anthropic/messages_stream.sse")
        let endpoint = ProviderEndpoint(
            provider: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1", model: "claude-haiku-4-5")
        let client = ProviderClient(transport: transport { InMemoryTransport.response(chunks: [body]) })
        let result = try await client.complete(request, to: endpoint)
        #expect(result.text == "Let me check the weather.")
        #expect(result.finishReason == .toolCalls)
        #expect(result.toolCalls.count == 2)
    }

    @Test func nonStreamedAndJSONAnswersAreDecodedWhole() async throws {
        let body = try ProviderFixtures.bytes("openai/chat_response.json")
        let client = ProviderClient(
            transport: transport {
                InMemoryTransport.response(headers: ["Content-Type": "application/json"], chunks: [body])
            })
        var whole = request
        whole.stream = false
        let result = try await client.complete(whole, to: openAI)
        #expect(result.toolCalls.count == 2)
        // A server that ignores stream:true and answers JSON is decoded whole as well.
        let streamed = try await client.complete(request, to: openAI)
        #expect(streamed == result)
    }

    @Test func errorStatusesAreDecodedAndRedacted() async throws {
        let echo = #"{"error":{"message":"Incorrect API key provided: test-key-0000.","code":"invalid_api_key"}}"#
        let client = ProviderClient(transport: transport { InMemoryTransport.response(status: 401, body: echo) })
        let (_, error) = await collect(client.stream(request, to: openAI))
        let failure = try #require(error)
        #expect(failure.errorClass == "authentication")
        #expect(failure.message.hasPrefix("openai: "))
        #expect(!failure.message.contains("test-key-0000"))

        let limited = ProviderClient(
            transport: transport {
                InMemoryTransport.response(status: 429, headers: ["retry-after": "7"], body: "slow down")
            })
        await #expect(throws: ProviderError.self) { _ = try await limited.complete(request, to: openAI) }
        let (_, rateError) = await collect(limited.stream(request, to: openAI))
        #expect(rateError?.retryAfter == 7)
        #expect(rateError?.errorClass == "rate_limited")
    }

    @Test func transportFailuresNameTheHostNotTheKey() async throws {
        let cases: [(TransportError, String)] = [
            (.connectFailed("connection refused"), "connection_lost"),
            (.resolveFailed(host: "api.openai.com"), "connection_lost"),
            (.tlsFailed("bad certificate"), "connection_lost"), (.connectTimeout, "timeout"),
            (.firstByteTimeout, "timeout"), (.totalTimeout, "timeout"), (.cancelled, "cancelled"),
            (.invalidURL("ftp://x"), "bad_request"),
        ]
        for (transportError, errorClass) in cases {
            let client = ProviderClient(transport: InMemoryTransport { _ in throw transportError })
            let (_, error) = await collect(client.stream(request, to: openAI))
            #expect(error?.errorClass == errorClass, "\(transportError)")
            #expect(error?.message.contains("test-key-0000") == false)
        }
        let refused = ProviderClient(
            transport: InMemoryTransport { _ in throw TransportError.connectFailed("refused") })
        let (_, error) = await collect(refused.stream(request, to: openAI))
        #expect(error?.message.contains("api.openai.com") == true)
    }

    @Test func aConnectionLostMidStreamIsATruncation() async throws {
        let body = try ProviderFixtures.bytes("openai/chat_stream_text.sse")
        let half = Array(body[..<(body.count / 2)])
        let client = ProviderClient(
            transport: transport {
                InMemoryTransport.response(chunks: [half], failure: TransportError.connectionLost("reset by peer"))
            })
        let (events, error) = await collect(client.stream(request, to: openAI))
        #expect(!events.isEmpty)
        #expect(error?.errorClass == "stream_truncated")
        // Lost before any event arrived: a plain connection loss.
        let early = ProviderClient(
            transport: transport {
                InMemoryTransport.response(chunks: [], failure: TransportError.connectionLost("reset by peer"))
            })
        let (_, earlyError) = await collect(early.stream(request, to: openAI))
        #expect(earlyError?.errorClass == "connection_lost")
        let idle = ProviderClient(
            transport: transport { InMemoryTransport.response(chunks: [half], failure: TransportError.idleTimeout) })
        let (_, idleError) = await collect(idle.stream(request, to: openAI))
        #expect(idleError?.errorClass == "timeout")
    }

    @Test func aCleanEOFBeforeTheMarkerIsATruncation() async throws {
        let body = try ProviderFixtures.bytes("gemini/stream.sse")
        let cut = ProviderFixtures.cut(
            body, before: #"data: {"candidates":[{"content":{"role":"model","parts":[{"text":""}]}"#)
        let endpoint = ProviderEndpoint(
            provider: "gemini", kind: .gemini, baseURL: "https://generativelanguage.googleapis.com/v1beta",
            model: "gemini-2.5-flash")
        let client = ProviderClient(transport: transport { InMemoryTransport.response(chunks: [cut]) })
        do {
            _ = try await client.complete(request, to: endpoint)
            Issue.record("a truncated stream completed")
        } catch let error as ProviderError {
            #expect(error.errorClass == "stream_truncated")
            #expect(error.isRetryable)
        }
    }

    @Test func droppingTheStreamStopsReadingTheBody() async throws {
        let (terminated, terminatedContinuation) = AsyncStream<Void>.makeStream()
        let first = Array(#"data: {"id":"x","choices":[{"index":0,"delta":{"content":"a"}}]}"#.utf8) + [0x0A, 0x0A]
        let client = ProviderClient(
            transport: InMemoryTransport { _ in
                let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
                continuation.onTermination = { _ in terminatedContinuation.finish() }
                continuation.yield(first)
                return HTTPResponse(status: 200, headers: [:], body: body)
            })
        for try await event in client.stream(request, to: openAI) {
            #expect(event == .started(id: "x", model: nil))
            break
        }
        // The body's termination handler runs once the client stops iterating it.
        for await _ in terminated {}
    }

    @Test func cancellingTheConsumerCancelsTheTransfer() async throws {
        let (terminated, terminatedContinuation) = AsyncStream<Void>.makeStream()
        let (firstEvent, firstEventContinuation) = AsyncStream<Void>.makeStream()
        let first = Array(#"data: {"id":"x","choices":[{"index":0,"delta":{"content":"a"}}]}"#.utf8) + [0x0A, 0x0A]
        let client = ProviderClient(
            transport: InMemoryTransport { _ in
                let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
                continuation.onTermination = { _ in terminatedContinuation.finish() }
                continuation.yield(first)
                return HTTPResponse(status: 200, headers: [:], body: body)
            })
        let request = self.request
        let endpoint = openAI
        let consumer = Task {
            var count = 0
            for try await _ in client.stream(request, to: endpoint) {
                count += 1
                firstEventContinuation.finish()
            }
            return count
        }
        for await _ in firstEvent {}
        consumer.cancel()
        for await _ in terminated {}
        let count = try? await consumer.value
        #expect(count == nil || count! >= 1)
    }

    @Test func everyKindHasAnAdapter() async throws {
        #expect(ProviderAdapters.adapter(for: .mock) is OpenAIChatAdapter)
        #expect(ProviderAdapters.adapter(for: .openai) is OpenAIChatAdapter)
        #expect(ProviderAdapters.adapter(for: .anthropic) is AnthropicMessagesAdapter)
        #expect(ProviderAdapters.adapter(for: .gemini) is GeminiAdapter)
        #expect(ProviderAdapters.adapter(for: .azure) is AzureOpenAIAdapter)
    }
}

/// Holds the request a transport saw.
actor RequestBox {
    private(set) var request: HTTPRequest?
    func set(_ request: HTTPRequest) { self.request = request }
}

import Testing

@testable import LLMGWCore

@Suite struct CallExecutorTests {
    static let endpoint = ProviderEndpoint(
        provider: "local", kind: .openai, baseURL: "http://127.0.0.1:9/v1", model: "m", supportsStreamUsage: true)

    static func chunk(_ delta: String, finish: String? = nil) -> String {
        let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
        return
            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\(delta)\"},\"finish_reason\":\(finishJSON)}]}\n\n"
    }

    static let usageChunk =
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2,\"total_tokens\":9}}\n\n"

    static func executor(_ body: String, status: Int = 200, chunkSize: Int = 16) -> CallExecutor {
        let transport = InMemoryTransport { _ in
            InMemoryTransport.response(
                status: status, headers: ["content-type": "text/event-stream"], body: body, chunkSize: chunkSize)
        }
        return CallExecutor(client: ProviderClient(transport: transport))
    }

    @Test func completeStreamSucceedsWithUsageAndTimings() async {
        let body = Self.chunk("Hel") + Self.chunk("lo", finish: "stop") + Self.usageChunk + "data: [DONE]\n\n"
        var seen: [String] = []
        let report = await Self.executor(body).execute(
            ChatRequest(model: "", messages: [.text(.user, "hi")]), on: Self.endpoint
        ) { event in
            if case .textDelta(let text) = event { seen.append(text) }
        }
        #expect(report.succeeded)
        #expect(seen == ["Hel", "lo"])
        #expect(report.result.text == "Hello")
        #expect(report.result.usage == Usage(inputTokens: 7, outputTokens: 2))
        #expect(report.timeToFirstToken != nil)
        #expect(report.timeToFirstToken! <= report.latency)
        #expect(report.attempts.map(\.outcome) == ["ok"])
        #expect(report.target == "local/m")
    }

    @Test func streamCutBeforeTheEndIsAnErrorThatKeepsThePartialText() async {
        let report = await Self.executor(Self.chunk("Hel") + Self.chunk("lo")).execute(
            ChatRequest(model: "", messages: [.text(.user, "hi")]), on: Self.endpoint)
        #expect(!report.succeeded)
        #expect(report.result.text == "Hello")
        guard case .streamTruncated = report.error else {
            Issue.record("expected streamTruncated, got \(String(describing: report.error))")
            return
        }
        #expect(report.attempts.map(\.outcome) == ["stream_truncated"])
    }

    @Test func providerErrorStatusIsReportedTyped() async {
        let body = #"{"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}}"#
        let transport = InMemoryTransport { _ in
            InMemoryTransport.response(status: 429, headers: ["retry-after": "3"], body: body)
        }
        let report = await CallExecutor(client: ProviderClient(transport: transport)).execute(
            ChatRequest(model: "", messages: [.text(.user, "hi")]), on: Self.endpoint)
        #expect(report.error?.failureClass == .rateLimit)
        #expect(report.error?.retryAfter == 3)
        #expect(!report.succeeded)
    }

    @Test func cancellationIsReportedAsInterruptedNotAsAnError() async {
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        continuation.yield(Array(Self.chunk("partial").utf8))
        let transport = InMemoryTransport { _ in
            HTTPResponse(status: 200, headers: ["content-type": "text/event-stream"], body: stream)
        }
        let executor = CallExecutor(client: ProviderClient(transport: transport))
        let (firstText, firstTextContinuation) = AsyncStream<Void>.makeStream()
        let task = Task {
            await executor.execute(ChatRequest(model: "", messages: [.text(.user, "hi")]), on: Self.endpoint) {
                event in
                if case .textDelta = event { firstTextContinuation.yield() }
            }
        }
        for await _ in firstText { break }
        task.cancel()
        let report = await task.value
        #expect(report.interrupted)
        #expect(report.error == nil)
        #expect(report.result.text == "partial")
        #expect(!report.succeeded)
        #expect(report.attempts.map(\.outcome) == ["interrupted"])
        continuation.finish()
    }

    @Test func theEndpointModelReplacesTheRequestModel() async throws {
        let seenModel = LockedBox<String?>(nil)
        let transport = InMemoryTransport { request in
            seenModel.set(try JSONValue.parse(request.body)["model"]?.stringValue)
            return InMemoryTransport.response(body: Self.chunk("x", finish: "stop") + "data: [DONE]\n\n")
        }
        _ = await CallExecutor(client: ProviderClient(transport: transport)).execute(
            ChatRequest(model: "ignored", messages: [.text(.user, "hi")]), on: Self.endpoint)
        #expect(seenModel.get() == "m")
    }
}

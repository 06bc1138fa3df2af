import LLMGWCore
import Testing

@Suite struct MockUpstreamFaultTests {
    private let path = "/v1/chat/completions"

    @Test func truncateDropsTheTerminalMarkers() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 6))
        let response = try await MockTestSupport.send(
            upstream, path, MockTestSupport.openAI(), headers: ["x-mock-fault": "truncate", "x-mock-fault-after": "2"])
        #expect(response.status == 200)
        let events = MockTestSupport.events(response.body)
        #expect(!events.contains { $0.data == "[DONE]" })
        let chunks = try MockTestSupport.json(events)
        #expect(chunks.count == 3)
        #expect(chunks.allSatisfy { $0["choices"]?[0]?["finish_reason"] == .null })
        #expect(response.body.suffix(2) == [0x0A, 0x0A])
    }

    @Test func truncateDropsMessageStopForAnthropic() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 6))
        let body: JSONValue = [
            "model": "lorem", "max_tokens": 50, "stream": true, "messages": [["role": "user", "content": "hi"]],
        ]
        let response = try await MockTestSupport.send(
            upstream, "/v1/messages", body, headers: ["x-mock-fault": "truncate"])
        let names = MockTestSupport.events(response.body).compactMap(\.name)
        #expect(names.filter { $0 == "content_block_delta" }.count == 3)
        #expect(!names.contains("message_stop") && !names.contains("message_delta"))
    }

    @Test func disconnectThrowsAfterPartOfTheStream() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 6))
        let response = try await upstream.respond(
            to: MockRequest(
                method: "POST", url: path, headers: ["x-mock-fault": "disconnect"],
                body: MockTestSupport.openAI().serializedBytes()))
        var received: [UInt8] = []
        await #expect(throws: MockError.disconnectFault) {
            try await response.body.write(to: { received.append(contentsOf: $0) })
        }
        #expect(MockTestSupport.events(received).count == 4)
    }

    @Test func malformedSendsAGarbageDataLine() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 4))
        let response = try await MockTestSupport.send(
            upstream, path, MockTestSupport.openAI(), headers: ["x-mock-fault": "malformed"])
        let events = MockTestSupport.events(response.body)
        let unparsable = events.filter { $0.data != "[DONE]" && (try? JSONValue.parse($0.data)) == nil }
        #expect(unparsable.count == 1)
    }

    @Test func stallHoldsThenDropsWithinItsLimit() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(outputTokens: 4, stallLimit: .milliseconds(50)))
        let response = try await upstream.respond(
            to: MockRequest(
                method: "POST", url: path, headers: ["x-mock-fault": "stall"],
                body: MockTestSupport.openAI().serializedBytes()))
        await #expect(throws: MockError.disconnectFault) { _ = try await response.body.collect() }
    }

    @Test func seededErrorRatesAndFaultsRepeat() async throws {
        let behavior = MockBehavior(
            outputTokens: 4, errorRates: [429: 0.3, 503: 0.2], faults: [.truncate: 0.3], seed: 42)
        func outcomes() async throws -> [String] {
            let upstream = MockUpstream(behavior: behavior)
            var outcomes: [String] = []
            for _ in 0..<40 {
                let response = try await MockTestSupport.send(upstream, path, MockTestSupport.openAI())
                let done = MockTestSupport.events(response.body).contains { $0.data == "[DONE]" }
                outcomes.append(response.status == 200 ? (done ? "ok" : "truncated") : String(response.status))
            }
            return outcomes
        }
        let first = try await outcomes()
        #expect(try await outcomes() == first)
        #expect(first.contains("429") && first.contains("503") && first.contains("ok") && first.contains("truncated"))
    }

    @Test func rateLimitCarriesRetryHeadersInEachShape() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(errorRates: [429: 1]))
        let openAI = try await MockTestSupport.send(upstream, path, MockTestSupport.openAI())
        #expect(openAI.status == 429)
        #expect(openAI.headers["retry-after"] == "1" && openAI.headers["retry-after-ms"] == "1000")
        #expect(try JSONValue.parse(openAI.body)["error"]?["code"] == "rate_limit_exceeded")
        let anthropic = try await MockTestSupport.send(
            upstream, "/v1/messages", ["model": "x", "max_tokens": 5, "messages": []])
        #expect(try JSONValue.parse(anthropic.body)["error"]?["type"] == "rate_limit_error")
        let gemini = try await MockTestSupport.send(upstream, "/v1beta/models/x:generateContent", ["contents": []])
        #expect(try JSONValue.parse(gemini.body)["error"]?["status"] == "RESOURCE_EXHAUSTED")
    }

    @Test func headerOverridesForceStatusAndLength() async throws {
        let upstream = MockUpstream(behavior: MockBehavior(errorRates: [500: 1]))
        let forced = try await MockTestSupport.send(
            upstream, path, MockTestSupport.openAI(stream: false),
            headers: ["x-mock-status": "200", "x-mock-output-tokens": "7"])
        #expect(forced.status == 200)
        #expect(try JSONValue.parse(forced.body)["usage"]?["completion_tokens"] == 7)
        let unavailable = try await MockTestSupport.send(
            MockUpstream(), path, MockTestSupport.openAI(), headers: ["x-mock-status": "503"])
        #expect(unavailable.status == 503)
        #expect(try JSONValue.parse(unavailable.body)["error"]?["type"] == "server_error")
        let invalid = try await MockTestSupport.send(
            MockUpstream(), path, MockTestSupport.openAI(), headers: ["x-mock-fault": "explode"])
        #expect(invalid.status == 400)
        #expect(try JSONValue.parse(invalid.body)["error"]?["message"]?.stringValue?.contains("x-mock-fault") == true)
    }

    @Test func badBodiesAre400sNotCrashes() async throws {
        let upstream = MockUpstream()
        for (path, format) in [("/v1/chat/completions", "openai"), ("/v1/messages", "anthropic")] {
            let response = try await upstream.respond(
                to: MockRequest(method: "POST", url: path, body: Array("{not json".utf8)))
            #expect(response.status == 400)
            let json = try JSONValue.parse(try await response.body.collect())
            #expect(json["error"]?["message"]?.stringValue?.contains("not valid JSON") == true, "\(format)")
        }
        let missing = try await MockTestSupport.send(upstream, "/v1/chat/completions", ["model": "lorem"])
        #expect(missing.status == 400)
        let notFound = try await MockTestSupport.send(upstream, "/v2/nothing", .null, method: "GET")
        #expect(notFound.status == 404)
        let wrongMethod = try await MockTestSupport.send(upstream, "/v1/chat/completions", .null, method: "GET")
        #expect(wrongMethod.status == 405)
    }
}

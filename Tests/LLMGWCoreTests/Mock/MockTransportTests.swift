import LLMGWCore
import Testing

@Suite struct MockTransportTests {
    private func request(_ headers: HTTPHeaders = [:], timeouts: TransportTimeouts = TransportTimeouts()) -> HTTPRequest
    {
        HTTPRequest(
            url: "mock://local/v1/chat/completions", headers: headers,
            body: MockTestSupport.openAI().serializedBytes(), timeouts: timeouts)
    }

    @Test func servesTheOpenAIFormatInProcess() async throws {
        let transport = MockTransport(behavior: MockBehavior(outputTokens: 3))
        let response = try await transport.send(request())
        #expect(response.status == 200)
        let events = MockTestSupport.events(try await response.collectBody())
        #expect(events.last?.data == "[DONE]")
        #expect(try MockTestSupport.json(events).last?["usage"]?["completion_tokens"] == 3)
    }

    @Test func pacedStreamArrivesInSeveralChunks() async throws {
        let transport = MockTransport(behavior: MockBehavior(tokensPerSecond: 50, outputTokens: 4))
        let response = try await transport.send(request())
        var chunks = 0
        for try await _ in response.body { chunks += 1 }
        #expect(chunks >= 2)
    }

    @Test func disconnectBecomesConnectionLost() async throws {
        let response = try await MockTransport().send(request(["x-mock-fault": "disconnect"]))
        await #expect(throws: TransportError.connectionLost("the mock upstream closed the connection")) {
            _ = try await response.collectBody()
        }
    }

    @Test func honoursFirstByteAndIdleLimits() async throws {
        let slow = MockTransport(behavior: MockBehavior(latency: .seconds(30)))
        await #expect(throws: TransportError.firstByteTimeout) {
            _ = try await slow.send(self.request(timeouts: TransportTimeouts(firstByte: .milliseconds(30))))
        }
        let stalled = try await MockTransport().send(
            request(["x-mock-fault": "stall"], timeouts: TransportTimeouts(idle: .milliseconds(50))))
        await #expect(throws: TransportError.idleTimeout) { _ = try await stalled.collectBody() }
    }
}

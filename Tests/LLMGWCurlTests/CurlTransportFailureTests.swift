import LLMGWCore
import LLMGWCurl
import Testing

@Suite struct CurlTransportFailureTests {
    @Test func closedPortFailsWithConnectFailed() async throws {
        let port = try RawSocketServer.unusedPort()
        let error = await #expect(throws: TransportError.self) {
            _ = try await withTimeout {
                try await CurlTransport().send(LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/"))
            }
        }
        guard case .connectFailed = error else {
            Issue.record("expected connectFailed, got \(String(describing: error))")
            return
        }
    }

    @Test func unknownHostFailsWithResolveFailed() async throws {
        await #expect(throws: TransportError.resolveFailed(host: "llmgw-no-such-host.invalid")) {
            _ = try await withTimeout {
                try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://llmgw-no-such-host.invalid:8080/v1"))
            }
        }
    }

    @Test func bodyCutShortFailsWithConnectionLost() async throws {
        let server = try RawSocketServer(connections: 1) { connection in
            connection.readHead()
            connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        }
        defer { server.stop() }
        let response = try await withTimeout {
            try await CurlTransport().send(
                LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/"))
        }
        #expect(response.status == 200)
        let error = await #expect(throws: TransportError.self) {
            _ = try await withTimeout { try await response.collectBody() }
        }
        guard case .connectionLost = error else {
            Issue.record("expected connectionLost, got \(String(describing: error))")
            return
        }
    }

    @Test func closeWithoutAnyResponseFailsWithConnectionLost() async throws {
        let server = try RawSocketServer(connections: 1) { connection in connection.readHead() }
        defer { server.stop() }
        let error = await #expect(throws: TransportError.self) {
            _ = try await withTimeout {
                try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/"))
            }
        }
        guard case .connectionLost = error else {
            Issue.record("expected connectionLost, got \(String(describing: error))")
            return
        }
    }

    @Test func cancellingTheConsumerStopsTheStreamAndClosesTheConnection() async throws {
        let server = try RawSocketServer(connections: 1) { connection in
            connection.readHead()
            connection.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
            connection.waitForPeerClose()
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let response = try await withTimeout {
            try await transport.send(LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/"))
        }
        let gotFirst = TestGate()
        let consumer = Task {
            for try await _ in response.body { gotFirst.open() }
        }
        #expect(await gotFirst.wait())
        consumer.cancel()
        let outcome = try await withTimeout { await consumer.result }
        #expect(throws: TransportError.cancelled) { try outcome.get() }
        #expect(await eventually { server.peerCloses == 1 }, "the server did not see the connection close")
    }

    @Test func droppingTheBodyClosesTheConnection() async throws {
        let server = try RawSocketServer(connections: 1) { connection in
            connection.readHead()
            connection.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
            connection.waitForPeerClose()
        }
        defer { server.stop() }
        let transport = CurlTransport()
        try await withTimeout {
            let response = try await transport.send(
                LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/"))
            for try await chunk in response.body {
                #expect(chunk == Array("hello".utf8))
                break
            }
        }
        #expect(await eventually { server.peerCloses == 1 }, "the server did not see the connection close")
    }

    @Test func cancellingBeforeTheHeadThrowsCancelled() async throws {
        let server = try RawSocketServer(connections: 1) { connection in
            connection.readHead()
            connection.waitForPeerClose()
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let sender = Task {
            try await transport.send(LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(server.port)/"))
        }
        #expect(await eventually { server.heads.count == 1 }, "the request never reached the server")
        sender.cancel()
        let outcome = try await withTimeout { await sender.result }
        #expect(throws: TransportError.cancelled) { _ = try outcome.get() }
        #expect(await eventually { server.peerCloses == 1 }, "the server did not see the connection close")
    }

    @Test func alreadyCancelledTaskThrowsCancelledAtOnce() async throws {
        let transport = CurlTransport()
        let sender = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:9/"))
        }
        let outcome = try await withTimeout { await sender.result }
        #expect(throws: TransportError.cancelled) { _ = try outcome.get() }
    }
}

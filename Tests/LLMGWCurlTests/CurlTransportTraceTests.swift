import Foundation
import LLMGWCore
import LLMGWCurl
import Testing

@Suite struct CurlTransportTraceTests {
    /// The verbose trace goes to stderr, so it is checked in a child process whose stderr is captured.
    @Test func verboseTraceMasksTheAPIKey() async throws {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let server = try RawSocketServer(connections: 1) { connection in
                connection.readHead()
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            }
            defer { server.stop() }
            let transport = CurlTransport(configuration: .init(verbose: true))
            let response = try await withTimeout {
                try await transport.send(
                    LLMGWCore.HTTPRequest(
                        method: "GET", url: "http://127.0.0.1:\(server.port)/v1/models",
                        headers: ["Authorization": "Bearer test-key-0000-not-a-real-secret"]))
            }
            guard try await response.collectBody() == Array("ok".utf8) else { exit(1) }
            // The server did receive the real header: only the trace is masked.
            guard server.heads.first?.contains("test-key-0000-not-a-real-secret") == true else { exit(2) }
        }
        let trace = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(trace.contains("> GET /v1/models HTTP/1.1"))
        #expect(trace.contains("> Authorization: Bearer "))
        #expect(!trace.contains("not-a-real-secret"))
        #expect(trace.contains("< HTTP/1.1 200 OK"))
    }
}

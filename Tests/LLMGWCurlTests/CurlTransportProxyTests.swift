import Foundation
import LLMGWCore
import LLMGWCurl
import Testing

@Suite struct CurlTransportProxyTests {
    /// `http_proxy` is read by libcurl itself. The check runs in a child process (an exit test) so
    /// that changing the environment cannot affect tests running in parallel in this one.
    @Test func httpProxyVariableRoutesThroughTheProxy() async throws {
        await #expect(processExitsWith: .success) {
            let server = try RawSocketServer(connections: 1) { connection in
                connection.readHead()
                connection.write("HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nvia proxy")
            }
            defer { server.stop() }
            setenv("http_proxy", "http://127.0.0.1:\(server.port)", 1)
            unsetenv("no_proxy")
            unsetenv("NO_PROXY")
            let response = try await withTimeout {
                try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://llmgw-proxy-target.invalid/v1/models"))
            }
            let body = String(decoding: try await response.collectBody(), as: UTF8.self)
            let head = server.heads.first ?? ""
            let expected = "GET http://llmgw-proxy-target.invalid/v1/models HTTP/1.1\r\n"
            guard response.status == 200, body == "via proxy", head.hasPrefix(expected) else {
                FileHandle.standardError.write(Data("proxy test: status \(response.status), proxy saw \(head)\n".utf8))
                exit(1)
            }
        }
    }
}

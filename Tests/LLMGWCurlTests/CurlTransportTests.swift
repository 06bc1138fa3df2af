import HTTPTypes
import Hummingbird
import LLMGWCore
import LLMGWCurl
import Testing

@Suite struct CurlTransportTests {
    private static func echoRoutes(_ router: Router<PeerContext>) {
        let echo: @Sendable (Request, PeerContext) async throws -> Response = { request, context in
            let body = try await request.body.collect(upTo: 1 << 20)
            var headers = HTTPFields()
            headers[HTTPField.Name("x-echo-method")!] = request.method.rawValue
            headers[HTTPField.Name("x-echo-test")!] = request.headers[HTTPField.Name("x-test")!] ?? "none"
            headers[HTTPField.Name("x-echo-expect")!] = request.headers[.expect] ?? "none"
            headers[HTTPField.Name("x-echo-content-type")!] = request.headers[.contentType] ?? "none"
            headers[HTTPField.Name("x-echo-user-agent")!] = request.headers[.userAgent] ?? "none"
            headers[HTTPField.Name("x-peer-port")!] = String(context.peerPort)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
        router.post("/echo", use: echo)
        router.put("/echo", use: echo)
    }

    @Test func postEchoRoundTripsMethodHeadersAndBody() async throws {
        try await withTimeout {
            try await TestServer.run(Self.echoRoutes) { port in
                let transport = CurlTransport()
                let payload = Array(#"{"model":"mock/echo","stream":false}"#.utf8)
                let request = LLMGWCore.HTTPRequest(
                    method: "POST", url: "http://127.0.0.1:\(port)/echo",
                    headers: ["Content-Type": "application/json", "X-Test": "round-trip"], body: payload)
                let response = try await transport.send(request)
                #expect(response.status == 200)
                #expect(response.headers["x-echo-method"] == "POST")
                #expect(response.headers["X-Echo-Test"] == "round-trip")
                #expect(response.headers["x-echo-content-type"] == "application/json")
                #expect(response.headers["x-echo-expect"] == "none")
                #expect(response.headers["x-echo-user-agent"] == "llmgw/0.1")
                #expect(try await response.collectBody() == payload)
            }
        }
    }

    @Test func putWithLargeBodySendsNoExpectHeader() async throws {
        try await withTimeout {
            try await TestServer.run(Self.echoRoutes) { port in
                let transport = CurlTransport(configuration: .init(userAgent: "llmgw-test/1"))
                let payload = [UInt8](repeating: 0x7a, count: 200_000)
                let request = LLMGWCore.HTTPRequest(
                    method: "PUT", url: "http://127.0.0.1:\(port)/echo", body: payload)
                let response = try await transport.send(request)
                #expect(response.status == 200)
                #expect(response.headers["x-echo-method"] == "PUT")
                #expect(response.headers["x-echo-expect"] == "none")
                #expect(response.headers["x-echo-content-type"] == "none")
                #expect(response.headers["x-echo-user-agent"] == "llmgw-test/1")
                #expect(try await response.collectBody() == payload)
            }
        }
    }

    @Test func statusAndHeadersOfAnErrorResponseArrive() async throws {
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/limited") { _, _ in
                    Response(
                        status: .tooManyRequests, headers: [.retryAfter: "7"],
                        body: .init(byteBuffer: ByteBuffer(string: "slow down")))
                }
            }) { port in
                let response = try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/limited"))
                #expect(response.status == 429)
                #expect(response.headers["retry-after"] == "7")
                #expect(String(decoding: try await response.collectBody(), as: UTF8.self) == "slow down")
            }
        }
    }

    @Test func emptyBodiesForGetAndHeadEndCleanly() async throws {
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/empty") { _, _ in Response(status: .noContent) }
                router.head("/head") { _, _ in Response(status: .ok) }
            }) { port in
                let transport = CurlTransport.shared
                let empty = try await transport.send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/empty"))
                #expect(empty.status == 204)
                #expect(try await empty.collectBody().isEmpty)
                let head = try await transport.send(
                    LLMGWCore.HTTPRequest(method: "HEAD", url: "http://127.0.0.1:\(port)/head"))
                #expect(head.status == 200)
                #expect(try await head.collectBody().isEmpty)
            }
        }
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await withTimeout {
            try await TestServer.run(Self.echoRoutes) { port in
                let transport = CurlTransport()
                var ports: [String] = []
                for index in 0..<3 {
                    let response = try await transport.send(
                        LLMGWCore.HTTPRequest(url: "http://127.0.0.1:\(port)/echo", body: Array("n\(index)".utf8)))
                    #expect(try await response.collectBody() == Array("n\(index)".utf8))
                    ports.append(response.headers["x-peer-port"] ?? "?")
                }
                #expect(ports.count == 3)
                #expect(Set(ports).count == 1, "the server saw client ports \(ports)")
            }
        }
    }

    @Test func fiftyConcurrentRequestsAllSucceed() async throws {
        try await withTimeout(seconds: 60) {
            try await TestServer.run(Self.echoRoutes) { port in
                let transport = CurlTransport()
                let succeeded = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<50 {
                        group.addTask {
                            let body = Array("request number \(index)".utf8)
                            let response = try await transport.send(
                                LLMGWCore.HTTPRequest(url: "http://127.0.0.1:\(port)/echo", body: body))
                            let received = try await response.collectBody()
                            return response.status == 200 && received == body
                        }
                    }
                    var count = 0
                    for try await ok in group where ok { count += 1 }
                    return count
                }
                #expect(succeeded == 50)
            }
        }
    }

    @Test func largeBodyArrivesWhole() async throws {
        let total = 8 << 20
        try await withTimeout(seconds: 60) {
            try await TestServer.run({ router in
                router.get("/large") { _, _ in
                    Response(
                        status: .ok,
                        body: ResponseBody(contentLength: total) { writer in
                            var sent = 0
                            while sent < total {
                                let size = min(65536, total - sent)
                                try await writer.write(ByteBuffer(repeating: UInt8(sent / 65536 % 251), count: size))
                                sent += size
                            }
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                let response = try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/large"))
                let body = try await response.collectBody()
                #expect(body.count == total)
                #expect(body.first == 0)
                #expect(body.last == UInt8((total - 1) / 65536 % 251))
            }
        }
    }

    @Test func badRequestsFailBeforeAnyNetworkCall() async throws {
        let transport = CurlTransport()
        await #expect(throws: TransportError.invalidURL("ftp://example.invalid/file")) {
            _ = try await transport.send(LLMGWCore.HTTPRequest(method: "GET", url: "ftp://example.invalid/file"))
        }
        await #expect(throws: TransportError.self) {
            _ = try await transport.send(
                LLMGWCore.HTTPRequest(url: "http://127.0.0.1:1/", headers: ["X-Bad": "a\r\nInjected: yes"]))
        }
    }
}

import Hummingbird
import LLMGWCore
import LLMGWCurl
import Testing

@Suite struct CurlTransportStreamingTests {
    @Test func chunksArriveBeforeTheServerSendsTheLast() async throws {
        let firstReceived = TestGate()
        let lastSent = TestGate()
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/stream") { _, _ in
                    Response(
                        status: .ok, headers: [.contentType: "text/event-stream"],
                        body: ResponseBody { writer in
                            try await writer.write(ByteBuffer(string: "data: one\n\n"))
                            _ = await firstReceived.wait()
                            try await writer.write(ByteBuffer(string: "data: two\n\n"))
                            lastSent.open()
                            try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                let response = try await CurlTransport().send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/stream"))
                #expect(response.status == 200)
                var text = ""
                var chunks = 0
                for try await chunk in response.body {
                    if chunks == 0 {
                        #expect(!lastSent.isOpen, "the first chunk must arrive before the server sends the last")
                        firstReceived.open()
                    }
                    chunks += 1
                    text += String(decoding: chunk, as: UTF8.self)
                }
                #expect(chunks >= 2)
                #expect(text == "data: one\n\ndata: two\n\ndata: [DONE]\n\n")
            }
        }
    }

    @Test func slowHeadFailsWithFirstByteTimeout() async throws {
        let release = TestGate()
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/slow-head") { _, _ in
                    _ = await release.wait()
                    return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "late")))
                }
            }) { port in
                defer { release.open() }
                let request = LLMGWCore.HTTPRequest(
                    method: "GET", url: "http://127.0.0.1:\(port)/slow-head",
                    timeouts: .init(firstByte: .milliseconds(300)))
                await #expect(throws: TransportError.firstByteTimeout) {
                    _ = try await CurlTransport().send(request)
                }
            }
        }
    }

    @Test func slowFirstBodyByteFailsWithFirstByteTimeout() async throws {
        let release = TestGate()
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/slow-body") { _, _ in
                    Response(
                        status: .ok,
                        body: ResponseBody { writer in
                            _ = await release.wait()
                            try await writer.write(ByteBuffer(string: "late"))
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                defer { release.open() }
                let request = LLMGWCore.HTTPRequest(
                    method: "GET", url: "http://127.0.0.1:\(port)/slow-body",
                    timeouts: .init(firstByte: .milliseconds(300), idle: .seconds(30)))
                await #expect(throws: TransportError.firstByteTimeout) {
                    let response = try await CurlTransport().send(request)
                    _ = try await response.collectBody()
                }
            }
        }
    }

    @Test func stallMidBodyFailsWithIdleTimeoutAfterTheFirstChunk() async throws {
        let release = TestGate()
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/stall") { _, _ in
                    Response(
                        status: .ok,
                        body: ResponseBody { writer in
                            try await writer.write(ByteBuffer(string: "first"))
                            _ = await release.wait()
                            try await writer.write(ByteBuffer(string: "second"))
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                defer { release.open() }
                let request = LLMGWCore.HTTPRequest(
                    method: "GET", url: "http://127.0.0.1:\(port)/stall",
                    timeouts: .init(firstByte: .seconds(30), idle: .milliseconds(300)))
                let response = try await CurlTransport().send(request)
                var received = ""
                await #expect(throws: TransportError.idleTimeout) {
                    for try await chunk in response.body { received += String(decoding: chunk, as: UTF8.self) }
                }
                #expect(received == "first")
            }
        }
    }

    @Test func stallPastTheTotalLimitFailsWithTotalTimeout() async throws {
        let release = TestGate()
        try await withTimeout {
            try await TestServer.run({ router in
                router.get("/stall") { _, _ in
                    Response(
                        status: .ok,
                        body: ResponseBody { writer in
                            try await writer.write(ByteBuffer(string: "first"))
                            _ = await release.wait()
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                defer { release.open() }
                let request = LLMGWCore.HTTPRequest(
                    method: "GET", url: "http://127.0.0.1:\(port)/stall", timeouts: .init(total: .milliseconds(400)))
                await #expect(throws: TransportError.totalTimeout) {
                    let response = try await CurlTransport().send(request)
                    _ = try await response.collectBody()
                }
            }
        }
    }

    @Test func slowConsumerPausesTheTransferInsteadOfBuffering() async throws {
        let total = 96 << 20
        let written = TestCounter()
        try await withTimeout(seconds: 120) {
            try await TestServer.run({ router in
                router.get("/large") { _, _ in
                    Response(
                        status: .ok,
                        body: ResponseBody(contentLength: total) { writer in
                            var sent = 0
                            while sent < total {
                                try await writer.write(ByteBuffer(repeating: 0x62, count: 65536))
                                sent += 65536
                                written.add(65536)
                            }
                            try await writer.finish(nil)
                        })
                }
            }) { port in
                let transport = CurlTransport(configuration: .init(maxBufferedBodyBytes: 256 << 10))
                let response = try await transport.send(
                    LLMGWCore.HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/large"))
                var iterator = response.body.makeAsyncIterator()
                var received = try await iterator.next()?.count ?? 0
                // Wait, without reading, until the server can write no more.
                var last = -1
                var steady = 0
                let clock = ContinuousClock()
                let end = clock.now + .seconds(20)
                while steady < 5, clock.now < end {
                    try await Task.sleep(for: .milliseconds(100))
                    let now = written.value
                    steady = now == last ? steady + 1 : 0
                    last = now
                }
                #expect(written.value < total, "the server wrote everything although nobody read it")
                while let chunk = try await iterator.next() { received += chunk.count }
                #expect(received == total)
            }
        }
    }
}

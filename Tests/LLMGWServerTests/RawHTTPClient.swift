import NIOCore
import NIOPosix

/// A bare HTTP/1.1 client over NIO for the server tests: it records every read as it arrives
/// and whether the connection ended, so tests can see streaming and abrupt closes.
enum RawHTTPClient {
    /// What one exchange produced.
    struct Exchange {
        /// Every read, in order.
        var reads: [[UInt8]]
        /// All bytes received.
        var raw: [UInt8] { reads.flatMap { $0 } }
        /// The status code from the status line.
        var status: Int? {
            let line = String(decoding: raw.prefix(while: { $0 != 0x0D }), as: UTF8.self)
            let parts = line.split(separator: " ")
            return parts.count > 1 ? Int(parts[1]) : nil
        }
        /// The header block, lower-cased.
        var head: String {
            String(decoding: raw, as: UTF8.self).components(separatedBy: "\r\n\r\n").first?.lowercased() ?? ""
        }
        /// Whether a chunked body ended with its terminating zero-length chunk.
        var endedWithFinalChunk: Bool { raw.count >= 5 && Array(raw.suffix(5)) == Array("0\r\n\r\n".utf8) }
        /// The body with chunked framing removed (as far as it arrived).
        var body: [UInt8] {
            let text = raw
            guard let split = text.firstRange(of: Array("\r\n\r\n".utf8)) else { return [] }
            var rest = Array(text[split.upperBound...])
            guard head.contains("transfer-encoding: chunked") else { return rest }
            var body: [UInt8] = []
            while let lineEnd = rest.firstRange(of: [0x0D, 0x0A]) {
                let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self)
                guard let size = Int(sizeText, radix: 16), size > 0 else { break }
                let start = lineEnd.upperBound
                let end = min(rest.count, start + size)
                body.append(contentsOf: rest[start..<end])
                rest = end + 2 <= rest.count ? Array(rest[(end + 2)...]) : []
            }
            return body
        }
    }

    /// Sends a request with `Connection: close` and reads until the server closes, or until
    /// `stop` says enough (then closes from this side).
    static func exchange(
        port: Int, method: String = "POST", path: String, headers: [String: String] = [:], body: [UInt8] = [],
        stop: @Sendable ([[UInt8]]) -> Bool = { _ in false }
    ) async throws -> Exchange {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        let request = Array(head.utf8) + body
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(bytes: request))
            var reads: [[UInt8]] = []
            do {
                for try await buffer in inbound {
                    reads.append(Array(buffer.readableBytesView))
                    if stop(reads) { break }
                }
            } catch {
                // A reset counts as the connection ending; the reads so far are the result.
            }
            return Exchange(reads: reads)
        }
    }
}

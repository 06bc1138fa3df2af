import Foundation
import Testing

@testable import LLMGWCore

/// Loads wire-format fixtures and runs adapters' decoders over them.
enum ProviderFixtures {
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture \(path) is missing from the test bundle" }
    }

    /// The bytes of `Fixtures/<path>`.
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let root = Bundle.module.resourceURL else { throw Missing(path: path) }
        let url = root.appendingPathComponent("Fixtures").appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: path) }
        return Array(data)
    }

    /// `Fixtures/<path>` parsed as JSON.
    static func json(_ path: String) throws -> JSONValue {
        try JSONValue.parse(try bytes(path))
    }

    /// The same stream with every LF turned into CRLF.
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in bytes {
            if byte == 0x0A { result.append(0x0D) }
            result.append(byte)
        }
        return result
    }

    /// The same stream with every LF turned into a lone CR.
    static func crOnly(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 == 0x0A ? 0x0D : $0 }
    }

    /// A stream in the ways a network can deliver it: whole, byte by byte, in odd pieces, with
    /// CRLF (whole and byte by byte) and with lone CRs.
    static func deliveries(of bytes: [UInt8]) -> [(name: String, bytes: [UInt8], chunkSize: Int)] {
        [
            ("whole", bytes, Int.max), ("1 byte", bytes, 1), ("7 bytes", bytes, 7),
            ("CRLF", crlf(bytes), Int.max), ("CRLF 1 byte", crlf(bytes), 1), ("CRLF 2 bytes", crlf(bytes), 2),
            ("CR", crOnly(bytes), 3),
        ]
    }

    /// Runs SSE framing and the adapter's stream decoder over `bytes` fed in `chunkSize` pieces.
    static func decodeStream(
        _ bytes: [UInt8], adapter: any ProviderAdapter, chunkSize: Int = .max
    ) throws(ProviderError) -> [ChatEvent] {
        var framing = SSEDecoder()
        var decoder = adapter.makeStreamDecoder()
        var events: [ChatEvent] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, min(chunkSize, bytes.count)))
            for event in framing.feed(bytes[start..<end]) { events += try decoder.decode(event) }
            start = end
        }
        for event in framing.finish() { events += try decoder.decode(event) }
        events += try decoder.finish()
        return events
    }

    /// The error the stream decoding throws, or `nil` when it succeeds.
    static func streamError(_ bytes: [UInt8], adapter: any ProviderAdapter, chunkSize: Int = .max) -> ProviderError? {
        do {
            _ = try decodeStream(bytes, adapter: adapter, chunkSize: chunkSize)
            return nil
        } catch {
            return error
        }
    }

    /// The error a whole-body decode throws, or `nil` when it succeeds.
    static func responseError(_ bytes: [UInt8], adapter: any ProviderAdapter) -> ProviderError? {
        do {
            _ = try adapter.decodeResponse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Events folded into a result.
    static func fold(_ events: [ChatEvent]) -> ChatResult {
        var result = ChatResult()
        for event in events { result.apply(event) }
        return result
    }

    /// The bytes up to (not including) the first occurrence of `marker`.
    static func cut(_ bytes: [UInt8], before marker: String) -> [UInt8] {
        let needle = Array(marker.utf8)
        guard needle.count <= bytes.count else { return bytes }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle)
        {
            return Array(bytes[..<start])
        }
        return bytes
    }

    /// A request that uses every field: system, user text and images, a tool call and its result,
    /// tools, tool choice, JSON schema, sampling, limits, stop, seed, streaming and options.
    static let fullRequest = ChatRequest(
        model: "request-model",
        messages: [
            .text(.system, "You are terse."),
            ChatMessage(
                role: .user,
                content: [
                    .text("What is in this image and what's the weather in Paris?"),
                    .image(.url("https://example.com/cat.png")),
                    .image(.base64(mediaType: "image/jpeg", data: "AAAA")),
                ]),
            ChatMessage(
                role: .assistant, content: [.text("Let me check.")],
                toolCalls: [ToolCall(id: "call_1", name: "get_weather", arguments: #"{"location":"Paris"}"#)]),
            ChatMessage(role: .tool, content: [.text(#"{"temp":20}"#)], toolCallID: "call_1", name: "get_weather"),
            .text(.user, "Thanks"),
        ],
        temperature: 0.5, topP: 0.9, maxTokens: 256, stop: ["END"], seed: 42,
        tools: [
            ToolDefinition(
                name: "get_weather", description: "Get the weather",
                parameters: [
                    "type": "object", "properties": ["location": ["type": "string"]], "required": ["location"],
                ])
        ],
        toolChoice: .function("get_weather"),
        responseFormat: .jsonSchema(name: "weather", schema: ["type": "object"], strict: true),
        stream: true, options: ["top_k": 40])

    /// A fake key that is obviously not real.
    static let key = APIKey("test-key-0000")
}

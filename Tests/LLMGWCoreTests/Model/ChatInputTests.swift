import Foundation
import Testing

@testable import LLMGWCore

@Suite struct ChatInputTests {
    @Test func providerOptionsParseJSONValuesAndFallBackToStrings() throws {
        #expect(try ProviderOption.parse("top_k=40") == ("top_k", .number(40)))
        #expect(try ProviderOption.parse("flag=true") == ("flag", .bool(true)))
        #expect(try ProviderOption.parse("effort=low") == ("effort", .string("low")))
        #expect(try ProviderOption.parse("obj={\"a\":1}") == ("obj", ["a": 1]))
        #expect(try ProviderOption.parse("empty=") == ("empty", .string("")))
        #expect(throws: ProviderOptionError.missingEquals("novalue")) { try ProviderOption.parse("novalue") }
        #expect(throws: ProviderOptionError.emptyKey("=3")) { try ProviderOption.parse("=3") }
    }

    @Test func attachmentsBecomeImagePartsOrQuotedText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("llmgw-attach-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("pixel.bin")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: png)
        guard case .image(.base64(let type, let data)) = try Attachment.load(png.path) else {
            Issue.record("a PNG by content should be an image part")
            return
        }
        #expect(type == "image/png")
        #expect(Data(base64Encoded: data)?.count == 12)

        let text = folder.appendingPathComponent("notes.txt")
        try "line one\n".write(to: text, atomically: true, encoding: .utf8)
        #expect(try Attachment.load(text.path) == .text("File notes.txt:\n```\nline one\n```\n"))

        #expect(try Attachment.load("https://example.test/cat.jpg") == .image(.url("https://example.test/cat.jpg")))

        let binary = folder.appendingPathComponent("blob.dat")
        try Data([0xFF, 0xFE, 0x00, 0x80]).write(to: binary)
        #expect(throws: AttachmentError.self) { try Attachment.load(binary.path) }
        #expect(throws: AttachmentError.self) { try Attachment.load(folder.appendingPathComponent("missing").path) }
    }

    @Test func resultFoldsToolCallDeltasByIndex() {
        var result = ChatResult()
        result.apply(.toolCallDelta(ToolCallDelta(index: 0, id: "call_1", name: "get_weather")))
        result.apply(.toolCallDelta(ToolCallDelta(index: 1, id: "call_2", name: "get_time", argumentsFragment: "{}")))
        result.apply(.toolCallDelta(ToolCallDelta(index: 0, argumentsFragment: "{\"loc")))
        result.apply(.toolCallDelta(ToolCallDelta(index: 0, argumentsFragment: "\":\"SF\"}")))
        #expect(!result.isComplete)
        result.apply(.finish(.toolCalls))
        #expect(result.isComplete)
        #expect(
            result.toolCalls == [
                ToolCall(id: "call_1", name: "get_weather", arguments: "{\"loc\":\"SF\"}"),
                ToolCall(id: "call_2", name: "get_time", arguments: "{}"),
            ])
    }

    @Test func schemeDispatchSendsMockURLsInProcess() async throws {
        let mock = InMemoryTransport { _ in InMemoryTransport.response(body: "mock") }
        let network = InMemoryTransport { _ in InMemoryTransport.response(body: "network") }
        let transport = SchemeDispatchTransport(byScheme: ["mock": mock], fallback: network)
        let first = try await transport.send(HTTPRequest(url: "MOCK://local/v1/chat/completions")).collectBody()
        let second = try await transport.send(HTTPRequest(url: "http://127.0.0.1:1/v1")).collectBody()
        #expect(String(decoding: first, as: UTF8.self) == "mock")
        #expect(String(decoding: second, as: UTF8.self) == "network")
    }
}

import Testing

@testable import LLMGWCore

/// Garbage in must give errors or events, never a crash.
@Suite struct DecoderRobustnessTests {
    let adapters: [any ProviderAdapter] = [
        OpenAIChatAdapter(), AnthropicMessagesAdapter(), GeminiAdapter(), AzureOpenAIAdapter(),
    ]
    let fixtures = [
        "openai/chat_stream_tools.sse", "anthropic/messages_stream.sse", "gemini/stream.sse", "azure/chat_stream.sse",
    ]

    @Test func randomBytesNeverCrashAnyDecoder() async throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("data: event:{}[]\",:0123456789truefalsenull[DONE]\n\r \\u".utf8) + [0xFF, 0xC3, 0x00]
        for adapter in adapters {
            for _ in 0..<200 {
                let length = Int.random(in: 0..<300, using: &generator)
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                _ = ProviderFixtures.streamError(bytes, adapter: adapter, chunkSize: Int.random(in: 1...64))
                _ = ProviderFixtures.responseError(bytes, adapter: adapter)
                let error = adapter.decodeError(status: Int.random(in: 0...999), headers: [:], body: bytes)
                #expect(!error.errorClass.isEmpty)
            }
        }
    }

    @Test func mutatedFixturesNeverCrash() async throws {
        var generator = SystemRandomNumberGenerator()
        for (adapter, fixture) in zip(adapters, fixtures) {
            let original = try ProviderFixtures.bytes(fixture)
            for _ in 0..<150 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
                if Bool.random(using: &generator) { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count))) }
                let error = ProviderFixtures.streamError(bytes, adapter: adapter, chunkSize: 11)
                // A cut stream must never pass as complete.
                if bytes.count < original.count / 2 { #expect(error != nil) }
            }
        }
    }
}

import Testing

@testable import LLMGWCore

@Suite struct RedactorTests {
    static let key = "test-key-0000-abcdefghijklmnopqrstuvwxyz"

    @Test func masksLongSecretsToPrefixAndLastFour() {
        let masked = Redactor.mask(Self.key)
        #expect(masked.hasSuffix("wxyz"))
        #expect(masked.hasPrefix("test-ke"))
        #expect(!masked.contains("abcdefghijklmnop"))
    }

    @Test func masksShortSecretsEntirely() {
        #expect(Redactor.mask("abc123") == "******")
        #expect(!Redactor.mask("0123456789a").contains("0123"))
    }

    @Test(arguments: ["Authorization", "x-api-key", "API-KEY", "x-goog-api-key", "Proxy-Authorization"])
    func masksSecretHeaders(name: String) {
        let value = name.lowercased().contains("authorization") ? "Bearer \(Self.key)" : Self.key
        let shown = Redactor.headerValue(name: name, value: value)
        #expect(!shown.contains("abcdefghijklmnop"))
    }

    @Test func leavesOrdinaryHeadersAlone() {
        #expect(Redactor.headerValue(name: "content-type", value: "application/json") == "application/json")
    }

    @Test func masksKeyQueryParameters() {
        let url = "https://example.test/v1beta/models/m:generateContent?alt=sse&key=\(Self.key)"
        let shown = Redactor.url(url)
        #expect(shown.contains("alt=sse"))
        #expect(!shown.contains("abcdefghijklmnop"))
    }

    @Test func apiKeyDescriptionsAreMasked() {
        let key = APIKey(Self.key)
        #expect(!"\(key)".contains("abcdefghijklmnop"))
        #expect(!String(reflecting: key).contains("abcdefghijklmnop"))
    }

    @Test func verboseTransportNeverShowsTheKey() async throws {
        let lines = LockedBox<[String]>([])
        let transport = VerboseTransport(
            wrapping: InMemoryTransport { _ in InMemoryTransport.response(headers: ["set-cookie": Self.key], body: "{}")
            }
        ) { line in lines.set(lines.get() + [line]) }
        _ = try await transport.send(
            HTTPRequest(
                url: "https://example.test/v1/chat/completions?key=\(Self.key)",
                headers: ["Authorization": "Bearer \(Self.key)", "x-api-key": Self.key]))
        let text = lines.get().joined(separator: "\n")
        #expect(text.contains("Authorization"))
        #expect(text.contains("HTTP 200"))
        #expect(!text.contains("abcdefghijklmnop"))
    }
}

import Testing

@testable import LLMGWCore

@Suite struct KeyValidatorTests {
    static let good = "test-key-0000-good-aaaaaaaa"
    static let bad = "test-key-0000-bad-bbbbbbbbb"
    static let limited = "test-key-0000-limited-cccc"

    static var validator: KeyValidator {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [good, limited]
        behavior.rateLimitedKeys = [limited]
        return KeyValidator(transport: MockTransport(behavior: behavior))
    }

    static func endpoint(_ kind: ProviderKind, key: String) -> ProviderEndpoint {
        let base = kind == .gemini ? "mock://local/v1beta" : "mock://local/v1"
        return ProviderEndpoint(provider: kind.rawValue, kind: kind, baseURL: base, model: "", apiKey: APIKey(key))
    }

    @Test(arguments: [ProviderKind.openai, .anthropic, .gemini, .mock])
    func theProbeSortsKeys(kind: ProviderKind) async {
        let ok = await Self.validator.check(Self.endpoint(kind, key: Self.good), name: "a", source: "store")
        #expect(ok.status == .ok)
        #expect(ok.latency != nil)
        let invalid = await Self.validator.check(Self.endpoint(kind, key: Self.bad), name: "b", source: "store")
        #expect(invalid.status == .invalid, "\(String(describing: invalid.message))")
        #expect(invalid.message?.contains(Self.bad) == false)
        #expect(invalid.masked == APIKey(Self.bad).masked)
        let limited = await Self.validator.check(Self.endpoint(kind, key: Self.limited), name: "c", source: "store")
        #expect(limited.status == .rateLimited)
    }

    @Test func aConnectionFailureIsUnreachable() async {
        let transport = InMemoryTransport { _ in throw TransportError.connectFailed("connection refused") }
        let check = await KeyValidator(transport: transport).check(
            Self.endpoint(.openai, key: Self.good), name: nil, source: "env OPENAI_API_KEY")
        #expect(check.status == .unreachable)
        #expect(check.status.failureClass == .upstream)
    }

    @Test func probesUseEachProvidersListModelsCallAndAuthHeader() {
        let timeouts = TransportTimeouts()
        let openai = KeyValidator.probeRequest(for: Self.endpoint(.openai, key: Self.good), timeouts: timeouts)
        #expect(openai.method == "GET")
        #expect(openai.url == "mock://local/v1/models")
        #expect(openai.headers["authorization"] == "Bearer " + Self.good)
        let anthropic = KeyValidator.probeRequest(for: Self.endpoint(.anthropic, key: Self.good), timeouts: timeouts)
        #expect(anthropic.headers["x-api-key"] == Self.good)
        #expect(anthropic.headers["anthropic-version"] == "2023-06-01")
        let gemini = KeyValidator.probeRequest(for: Self.endpoint(.gemini, key: Self.good), timeouts: timeouts)
        #expect(gemini.headers["x-goog-api-key"] == Self.good)
        var azure = Self.endpoint(.azure, key: Self.good)
        azure.baseURL = "https://example.openai.azure.com"
        azure.apiVersion = "2024-10-21"
        let azureProbe = KeyValidator.probeRequest(for: azure, timeouts: timeouts)
        #expect(azureProbe.url == "https://example.openai.azure.com/openai/models?api-version=2024-10-21")
        #expect(azureProbe.headers["api-key"] == Self.good)
    }
}

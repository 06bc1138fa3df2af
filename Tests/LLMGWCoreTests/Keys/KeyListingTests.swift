import Testing

@testable import LLMGWCore

@Suite struct KeyListingTests {
    static let stored = [
        StoredKey(provider: "openai", name: "a", key: APIKey("test-key-0000-store-aaaaaa")),
        StoredKey(provider: "openai", name: "b", key: APIKey("test-key-0000-store-bbbbbb")),
        StoredKey(provider: "anthropic", key: APIKey("test-key-0000-store-cccccc")),
    ]

    @Test func variablesComeBeforeTheStoreInLookupOrder() throws {
        let config = try ConfigLoader.parse(
            "providers:\n  openai:\n    api_key_env: WORK_KEY\n", file: "config.yaml")
        let resolver = ModelResolver(
            config: config,
            environment: ["WORK_KEY": "test-key-0000-work-dddddd", "OPENAI_API_KEY": "test-key-0000-env"])
        let entries = KeyListing.all(resolver: resolver, stored: Self.stored)
        let openai = entries.filter { $0.provider == "openai" }
        #expect(openai.map(\.sourceLabel) == ["config WORK_KEY", "env OPENAI_API_KEY", "store", "store"])
        #expect(openai.map(\.active) == [true, false, false, false])
        let anthropic = entries.filter { $0.provider == "anthropic" }
        #expect(anthropic.map(\.sourceLabel) == ["store"])
        #expect(anthropic.map(\.active) == [true])
    }

    @Test func theResolverUsesTheStoreLast() throws {
        let storeKey = APIKey("test-key-0000-store-aaaaaa")
        let withVariable = ModelResolver(
            config: LLMGWConfig(), environment: ["OPENAI_API_KEY": "test-key-0000-env-eeeeee"],
            keyLookup: { _ in storeKey })
        let fromVariable = try withVariable.resolve("openai/gpt-4o-mini").endpoint
        #expect(fromVariable?.keySource == .environment("OPENAI_API_KEY"))
        let withFlag = try withVariable.resolve("openai/gpt-4o-mini", apiKeyEnv: "OPENAI_API_KEY").endpoint
        #expect(withFlag?.keySource == .flagVariable("OPENAI_API_KEY"))
        let storeOnly = ModelResolver(config: LLMGWConfig(), environment: [:], keyLookup: { _ in storeKey })
        let fromStore = try storeOnly.resolve("openai/gpt-4o-mini").endpoint
        #expect(fromStore?.keySource == .keyStore)
        #expect(fromStore?.endpoint.apiKey == storeKey)
    }
}

import Testing

@testable import LLMGWCore

@Suite struct ModelResolverTests {
    static let secret = "test-key-0123456789abcdefghijklmnop"

    private func endpoint(_ resolved: ResolvedModel) throws -> ResolvedEndpoint {
        try #require(resolved.endpoint)
    }

    @Test func splitsAtTheFirstSlash() async throws {
        let resolver = ModelResolver(config: .empty, environment: ["OPENROUTER_API_KEY": Self.secret])
        let resolved = try endpoint(try resolver.resolve("openrouter/anthropic/claude-sonnet-4.5"))
        #expect(resolved.endpoint.provider == "openrouter")
        #expect(resolved.endpoint.model == "anthropic/claude-sonnet-4.5")
        #expect(resolved.endpoint.baseURL == "https://openrouter.ai/api/v1")
        #expect(resolved.endpoint.kind == .openai)
        #expect(resolved.reference == "openrouter/anthropic/claude-sonnet-4.5")
        #expect(resolved.endpoint.apiKey?.secret == Self.secret)
        #expect(resolved.keySource == .environment("OPENROUTER_API_KEY"))
    }

    @Test func routeNamesResolveToRoutes() async throws {
        let config = try ConfigLoader.parse("routes:\n  fast: { targets: [mock/echo] }\n", file: "c.yaml")
        let resolver = ModelResolver(config: config, environment: [:])
        #expect(try resolver.resolve("fast") == .route(name: "fast", config: config.routes["fast"]!))
    }

    @Test func bareNameThatIsNoRouteSuggestsProviderModel() async throws {
        let config = try ConfigLoader.parse("routes:\n  fast: { targets: [mock/echo] }\n", file: "c.yaml")
        let resolver = ModelResolver(config: config, environment: [:])
        let error = try #require(throws: ResolveError.self) { try resolver.resolve("fsat") }
        #expect(error == .notARoute("fsat", routes: ["fast"], suggestion: "fast"))
        #expect(error.message.contains("provider/model"))
        #expect(error.failureClass == .usage)
        let gpt = try #require(throws: ResolveError.self) { try resolver.resolve("gpt-4o") }
        #expect(gpt.message.contains("provider/model"))
    }

    @Test func unknownProviderListsKnownOnesWithASuggestion() async throws {
        let resolver = ModelResolver(config: .empty, environment: [:])
        let error = try #require(throws: ResolveError.self) { try resolver.resolve("opneai/gpt-4o") }
        guard case .unknownProvider(let name, let known, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(name == "opneai")
        #expect(suggestion == "openai")
        #expect(known.contains("groq") && known.contains("mock"))
        #expect(error.message.contains("did you mean 'openai'?"))
    }

    @Test func malformedReferences() async throws {
        let resolver = ModelResolver(config: .empty, environment: [:])
        #expect(throws: ResolveError.self) { try resolver.resolve("openai/") }
        #expect(throws: ResolveError.self) { try resolver.resolve("/gpt-4o") }
    }

    @Test func keyOrderFlagThenConfigThenPresetThenStore() async throws {
        let config = try ConfigLoader.parse("providers:\n  openai: { api_key_env: MY_OPENAI }\n", file: "c.yaml")
        let environment = [
            "FLAG_KEY": "flag-key-0123456789", "MY_OPENAI": "config-key-0123456789",
            "OPENAI_API_KEY": "preset-key-0123456789",
        ]
        let store: @Sendable (String) -> APIKey? = { $0 == "openai" ? APIKey("store-key-0123456789") : nil }

        var resolver = ModelResolver(config: config, environment: environment, keyLookup: store)
        var resolved = try endpoint(try resolver.resolve("openai/gpt-4o", apiKeyEnv: "FLAG_KEY"))
        #expect(resolved.endpoint.apiKey?.secret == "flag-key-0123456789")
        #expect(resolved.keySource == .flagVariable("FLAG_KEY"))

        resolved = try endpoint(try resolver.resolve("openai/gpt-4o"))
        #expect(resolved.endpoint.apiKey?.secret == "config-key-0123456789")
        #expect(resolved.keySource == .configVariable("MY_OPENAI"))

        resolver = ModelResolver(
            config: config, environment: environment.filter { $0.key != "MY_OPENAI" }, keyLookup: store)
        resolved = try endpoint(try resolver.resolve("openai/gpt-4o"))
        #expect(resolved.endpoint.apiKey?.secret == "preset-key-0123456789")
        #expect(resolved.keySource == .environment("OPENAI_API_KEY"))

        resolver = ModelResolver(config: config, environment: [:], keyLookup: store)
        resolved = try endpoint(try resolver.resolve("openai/gpt-4o"))
        #expect(resolved.endpoint.apiKey?.secret == "store-key-0123456789")
        #expect(resolved.keySource == .keyStore)
    }

    @Test func geminiPrefersGoogleAPIKey() async throws {
        let resolver = ModelResolver(
            config: .empty, environment: ["GEMINI_API_KEY": "gemini-0123456789", "GOOGLE_API_KEY": "google-0123456789"])
        let resolved = try endpoint(try resolver.resolve("gemini/gemini-2.5-flash"))
        #expect(resolved.keySource == .environment("GOOGLE_API_KEY"))
    }

    @Test func apiKeyEnvFlagMustBeSet() async throws {
        let resolver = ModelResolver(config: .empty, environment: ["OPENAI_API_KEY": Self.secret, "EMPTY": ""])
        for name in ["UNSET_VARIABLE", "EMPTY"] {
            let error = try #require(throws: ResolveError.self) {
                try resolver.resolve("openai/gpt-4o", apiKeyEnv: name)
            }
            #expect(error == .apiKeyVariableUnset(name))
            #expect(error.message.contains(name))
            #expect(!error.message.contains(Self.secret))
        }
    }

    @Test func missingKeyNamesTheVariableAndKeysSet() async throws {
        let resolver = ModelResolver(config: .empty, environment: ["GROQ_API_KEY": Self.secret])
        let error = try #require(throws: ResolveError.self) { try resolver.resolve("anthropic/claude-haiku-4-5") }
        #expect(error == .missingKey(provider: "anthropic", variables: ["ANTHROPIC_API_KEY"]))
        #expect(error.message.contains("export ANTHROPIC_API_KEY"))
        #expect(error.message.contains("llmgw keys set anthropic"))
        #expect(!error.message.contains(Self.secret))
        #expect(error.failureClass == .auth)
    }

    @Test func customProviderUsesConfigValues() async throws {
        let yaml = """
            providers:
              local: { type: openai-compatible, base_url: "http://127.0.0.1:8080/v1", headers: { X-Team: a } }
              work: { type: anthropic, api_key_env: WORK_KEY }
            models:
              local/qwen2.5: { context: 32768 }
            """
        let config = try ConfigLoader.parse(yaml, file: "c.yaml")
        let resolver = ModelResolver(config: config, environment: ["OPENAI_API_KEY": Self.secret])
        let local = try endpoint(try resolver.resolve("local/qwen2.5"))
        #expect(local.endpoint.baseURL == "http://127.0.0.1:8080/v1")
        #expect(local.endpoint.apiKey == nil)
        #expect(local.endpoint.extraHeaders["x-team"] == "a")
        #expect(local.modelConfig?.context == 32768)

        let error = try #require(throws: ResolveError.self) { try resolver.resolve("work/claude-haiku-4-5") }
        #expect(error == .missingKey(provider: "work", variables: ["WORK_KEY"]))
    }

    @Test func azureNeedsAnEndpoint() async throws {
        let withoutEndpoint = ModelResolver(config: .empty, environment: ["AZURE_OPENAI_API_KEY": Self.secret])
        let error = try #require(throws: ResolveError.self) { try withoutEndpoint.resolve("azure/my-deployment") }
        #expect(error.message.contains("AZURE_OPENAI_ENDPOINT"))

        let resolver = ModelResolver(
            config: .empty,
            environment: ["AZURE_OPENAI_API_KEY": Self.secret, "AZURE_OPENAI_ENDPOINT": "https://r.openai.azure.com"])
        let resolved = try endpoint(try resolver.resolve("azure/my-deployment"))
        #expect(resolved.endpoint.kind == .azure)
        #expect(resolved.endpoint.baseURL == "https://r.openai.azure.com")
    }

    @Test func defaultComesFromConfigThenEnvThenKeysThenMock() async throws {
        let config = try ConfigLoader.parse("default_model: groq/llama-3.3-70b\n", file: "c.yaml")
        let fromConfig = ModelResolver(
            config: config, environment: ["GROQ_API_KEY": Self.secret, "LLMGW_MODEL": "mock/x"])
        #expect(try endpoint(try fromConfig.resolve(nil)).reference == "groq/llama-3.3-70b")

        let fromEnv = ModelResolver(
            config: .empty, environment: ["LLMGW_MODEL": "mock/from-env", "OPENAI_API_KEY": Self.secret])
        #expect(try endpoint(try fromEnv.resolve("")).reference == "mock/from-env")

        let fromAnthropicKey = ModelResolver(config: .empty, environment: ["ANTHROPIC_API_KEY": Self.secret])
        #expect(try endpoint(try fromAnthropicKey.resolve(nil)).reference == "anthropic/claude-haiku-4-5")

        let fromOpenAIKey = ModelResolver(
            config: .empty, environment: ["ANTHROPIC_API_KEY": Self.secret, "OPENAI_API_KEY": Self.secret])
        #expect(try endpoint(try fromOpenAIKey.resolve(nil)).reference == "openai/gpt-4o-mini")

        let fromGeminiKey = ModelResolver(config: .empty, environment: ["GEMINI_API_KEY": Self.secret])
        #expect(try endpoint(try fromGeminiKey.resolve(nil)).reference == "gemini/gemini-2.5-flash")

        let fromStore = ModelResolver(
            config: .empty, environment: [:], keyLookup: { $0 == "gemini" ? APIKey("stored-0123456789") : nil })
        #expect(try endpoint(try fromStore.resolve(nil)).reference == "gemini/gemini-2.5-flash")

        let nothing = ModelResolver(config: .empty, environment: [:])
        let mock = try nothing.resolve(nil)
        #expect(mock.usedMockFallback)
        #expect(try endpoint(mock).reference == "mock/echo")
        #expect(try endpoint(mock).endpoint.kind == .mock)
        #expect(try endpoint(mock).endpoint.baseURL == "mock://local/v1")
        #expect(try endpoint(try fromEnv.resolve(nil)).usedMockFallback == false)
    }

    @Test func mockEndpointsCarryTheConfiguredBehaviour() async throws {
        let config = try ConfigLoader.parse(
            "providers:\n  mock: { tokens_per_second: 20, latency: 100ms, output_tokens: 8 }\n", file: "c.yaml")
        let resolved = try endpoint(try ModelResolver(config: config, environment: [:]).resolve("mock/echo"))
        #expect(resolved.mock == MockBehavior(latency: .milliseconds(100), tokensPerSecond: 20, outputTokens: 8))
        #expect(resolved.endpoint.apiKey == nil)
        let plain = try endpoint(try ModelResolver(config: .empty, environment: [:]).resolve("mock/echo"))
        #expect(plain.mock == MockBehavior())
    }

    @Test func resolvedDescriptionsNeverShowTheKey() async throws {
        let resolver = ModelResolver(config: .empty, environment: ["OPENAI_API_KEY": Self.secret])
        let resolved = try resolver.resolve("openai/gpt-4o")
        #expect(!String(describing: resolved).contains(Self.secret))
        #expect(!String(reflecting: resolved).contains(Self.secret))
    }
}

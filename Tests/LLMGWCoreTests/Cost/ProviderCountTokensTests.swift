import Testing

@testable import LLMGWCore

/// `ProviderClient.countTokens` against the in-process mock's Anthropic and Gemini count endpoints.
@Suite struct ProviderCountTokensTests {
    static let key = "test-key-0000-count-tokens-aa"

    static func endpoint(_ kind: ProviderKind, key: String = ProviderCountTokensTests.key) -> ProviderEndpoint {
        ProviderEndpoint(
            provider: kind.rawValue, kind: kind, baseURL: kind == .gemini ? "mock://local/v1beta" : "mock://local/v1",
            model: kind == .gemini ? "gemini-2.5-flash" : "claude-haiku-4-5", apiKey: APIKey(key))
    }

    static let request = ChatRequest(
        model: "", messages: [.text(.system, "Be brief."), .text(.user, "Hello, world! How are you today?")],
        temperature: 0.5, maxTokens: 100)

    @Test(arguments: [ProviderKind.anthropic, .gemini])
    func theProviderCountsThePrompt(kind: ProviderKind) async throws {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.key]
        let client = ProviderClient(transport: MockTransport(behavior: behavior))
        let count = try await client.countTokens(Self.request, on: Self.endpoint(kind))
        #expect(count == MockTokenizer.count("Be brief.") + MockTokenizer.count("Hello, world! How are you today?"))
        #expect(count > 0)
    }

    @Test(arguments: [ProviderKind.anthropic, .gemini])
    func aRefusedKeyIsATypedErrorWithoutTheKey(kind: ProviderKind) async throws {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.key]
        let client = ProviderClient(transport: MockTransport(behavior: behavior))
        let wrong = "test-key-0000-count-tokens-zz"
        do {
            _ = try await client.countTokens(Self.request, on: Self.endpoint(kind, key: wrong))
            Issue.record("a refused key must throw")
        } catch {
            guard case .authentication = error else {
                Issue.record("expected authentication, got \(error)")
                return
            }
            #expect(!error.message.contains(wrong))
        }
    }

    @Test func openAICompatibleProvidersHaveNoCountEndpoint() async throws {
        let client = ProviderClient(transport: MockTransport())
        #expect(ProviderClient.countTokensEndpointName(for: .openai) == nil)
        #expect(ProviderClient.countTokensEndpointName(for: .anthropic) == "anthropic count_tokens")
        await #expect(throws: ProviderError.self) {
            _ = try await client.countTokens(Self.request, on: Self.endpoint(.openai))
        }
    }

    @Test func exactCountsReplaceTheEstimateInCostEstimates() throws {
        let calculator = CostCalculator(config: LLMGWConfig())
        let estimates = CostEstimate.estimate(
            messages: [.text(.user, "hello")],
            models: [("anthropic", "claude-haiku-4-5", .anthropic), ("gemini", "gemini-2.5-flash", .gemini)],
            output: .tokens(10), calculator: calculator,
            counted: [
                "anthropic/claude-haiku-4-5": ProviderTokenCount(tokens: 42, endpointName: "anthropic count_tokens")
            ])
        let claude = try #require(estimates.first { $0.model == "anthropic/claude-haiku-4-5" })
        #expect(claude.inputTokens == 42 && claude.tokensExact && claude.countedByProvider)
        #expect(claude.tokensMethod == "exact (anthropic count_tokens)")
        let gemini = try #require(estimates.first { $0.model == "gemini/gemini-2.5-flash" })
        #expect(!gemini.tokensExact && gemini.tokensMethod == "estimate (uncalibrated)")
        #expect(gemini.calibrationSamples == nil)
    }
}

import Testing

@testable import LLMGWCore

@Suite struct ProviderPresetsTests {
    /// PROVIDERS.md §1–5: name → (base URL, key variables).
    static let expected: [String: (String, [String])] = [
        "openai": ("https://api.openai.com/v1", ["OPENAI_API_KEY"]),
        "anthropic": ("https://api.anthropic.com/v1", ["ANTHROPIC_API_KEY"]),
        "gemini": ("https://generativelanguage.googleapis.com/v1beta", ["GOOGLE_API_KEY", "GEMINI_API_KEY"]),
        "azure": ("", ["AZURE_OPENAI_API_KEY"]),
        "openrouter": ("https://openrouter.ai/api/v1", ["OPENROUTER_API_KEY"]),
        "groq": ("https://api.groq.com/openai/v1", ["GROQ_API_KEY"]),
        "together": ("https://api.together.ai/v1", ["TOGETHER_API_KEY"]),
        "mistral": ("https://api.mistral.ai/v1", ["MISTRAL_API_KEY"]),
        "deepseek": ("https://api.deepseek.com", ["DEEPSEEK_API_KEY"]),
        "xai": ("https://api.x.ai/v1", ["XAI_API_KEY"]),
        "fireworks": ("https://api.fireworks.ai/inference/v1", ["FIREWORKS_API_KEY"]),
        "cerebras": ("https://api.cerebras.ai/v1", ["CEREBRAS_API_KEY"]),
        "perplexity": ("https://api.perplexity.ai", ["PERPLEXITY_API_KEY"]),
        "ollama": ("http://localhost:11434/v1", []),
        "vllm": ("http://localhost:8000/v1", []),
        "llamacpp": ("http://localhost:8080/v1", ["LLAMA_API_KEY"]),
        "lmstudio": ("http://localhost:1234/v1", []),
        "mock": ("mock://local/v1", []),
    ]

    @Test func everyPresetMatchesTheProvidersDocument() async throws {
        #expect(Set(ProviderPresets.all.map(\.name)) == Set(Self.expected.keys))
        #expect(ProviderPresets.all.count == Self.expected.count)
        for preset in ProviderPresets.all {
            let (url, variables) = try #require(Self.expected[preset.name])
            #expect(preset.baseURL == url, "\(preset.name)")
            #expect(preset.keyVariables == variables, "\(preset.name)")
            #expect(!preset.baseURL.hasSuffix("/"), "\(preset.name)")
        }
    }

    @Test func everyPresetHasABaseURLOrAVariableForIt() async throws {
        for preset in ProviderPresets.all {
            #expect(!preset.baseURL.isEmpty || preset.baseURLVariable != nil, "\(preset.name)")
        }
        #expect(ProviderPresets.named("azure")?.baseURLVariable == "AZURE_OPENAI_ENDPOINT")
        #expect(ProviderPresets.named("azure")?.baseURL(environment: [:]) == nil)
        #expect(
            ProviderPresets.named("azure")?.baseURL(environment: [
                "AZURE_OPENAI_ENDPOINT": "https://r.openai.azure.com/"
            ])
                == "https://r.openai.azure.com")
    }

    @Test func kindsAndKeyRequirements() async throws {
        #expect(ProviderPresets.named("anthropic")?.kind == .anthropic)
        #expect(ProviderPresets.named("gemini")?.kind == .gemini)
        #expect(ProviderPresets.named("azure")?.kind == .azure)
        #expect(ProviderPresets.named("mock")?.kind == .mock)
        #expect(ProviderPresets.named("groq")?.kind == .openai)
        for local in ["ollama", "vllm", "llamacpp", "lmstudio", "mock"] {
            #expect(ProviderPresets.named(local)?.requiresKey == false, "\(local)")
        }
        for hosted in ["openai", "anthropic", "gemini", "azure", "openrouter", "groq", "deepseek"] {
            #expect(ProviderPresets.named(hosted)?.requiresKey == true, "\(hosted)")
        }
        #expect(ProviderPresets.named("nope") == nil)
    }

    @Test func baseURLVariablesOverride() async throws {
        let environment = ["OPENAI_BASE_URL": "http://proxy/v1/", "ANTHROPIC_BASE_URL": "http://claude-proxy"]
        #expect(ProviderPresets.named("openai")?.baseURL(environment: environment) == "http://proxy/v1")
        #expect(ProviderPresets.named("anthropic")?.baseURL(environment: environment) == "http://claude-proxy")
        #expect(ProviderPresets.named("groq")?.baseURL(environment: environment) == "https://api.groq.com/openai/v1")
    }
}

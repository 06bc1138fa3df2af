/// The built-in providers (PROVIDERS.md §1–5), usable in `provider/model` references without any config.
public enum ProviderPresets {
    /// Every preset, hosted APIs first, then local servers, then `mock`.
    public static let all: [ProviderPreset] = [
        ProviderPreset(
            name: "openai", kind: .openai, baseURL: "https://api.openai.com/v1", baseURLVariable: "OPENAI_BASE_URL",
            keyVariables: ["OPENAI_API_KEY"], requiresKey: true),
        ProviderPreset(
            name: "anthropic", kind: .anthropic, baseURL: "https://api.anthropic.com/v1",
            baseURLVariable: "ANTHROPIC_BASE_URL", keyVariables: ["ANTHROPIC_API_KEY"], requiresKey: true),
        ProviderPreset(
            name: "gemini", kind: .gemini, baseURL: "https://generativelanguage.googleapis.com/v1beta",
            keyVariables: ["GOOGLE_API_KEY", "GEMINI_API_KEY"], requiresKey: true),
        ProviderPreset(
            name: "azure", kind: .azure, baseURL: "", baseURLVariable: "AZURE_OPENAI_ENDPOINT",
            keyVariables: ["AZURE_OPENAI_API_KEY"], requiresKey: true),
        ProviderPreset(
            name: "openrouter", kind: .openai, baseURL: "https://openrouter.ai/api/v1",
            keyVariables: ["OPENROUTER_API_KEY"], requiresKey: true, extraHeaders: ["X-OpenRouter-Title": "llmgw"]),
        ProviderPreset(
            name: "groq", kind: .openai, baseURL: "https://api.groq.com/openai/v1", keyVariables: ["GROQ_API_KEY"],
            requiresKey: true),
        ProviderPreset(
            name: "together", kind: .openai, baseURL: "https://api.together.ai/v1", keyVariables: ["TOGETHER_API_KEY"],
            requiresKey: true),
        ProviderPreset(
            name: "mistral", kind: .openai, baseURL: "https://api.mistral.ai/v1", keyVariables: ["MISTRAL_API_KEY"],
            requiresKey: true, supportsStreamUsage: false),
        ProviderPreset(
            name: "deepseek", kind: .openai, baseURL: "https://api.deepseek.com", keyVariables: ["DEEPSEEK_API_KEY"],
            requiresKey: true),
        ProviderPreset(
            name: "xai", kind: .openai, baseURL: "https://api.x.ai/v1", keyVariables: ["XAI_API_KEY"],
            requiresKey: true),
        ProviderPreset(
            name: "fireworks", kind: .openai, baseURL: "https://api.fireworks.ai/inference/v1",
            keyVariables: ["FIREWORKS_API_KEY"], requiresKey: true),
        ProviderPreset(
            name: "cerebras", kind: .openai, baseURL: "https://api.cerebras.ai/v1", keyVariables: ["CEREBRAS_API_KEY"],
            requiresKey: true),
        ProviderPreset(
            name: "perplexity", kind: .openai, baseURL: "https://api.perplexity.ai",
            keyVariables: ["PERPLEXITY_API_KEY"], requiresKey: true, supportsStreamUsage: false),
        ProviderPreset(
            name: "ollama", kind: .openai, baseURL: "http://localhost:11434/v1", keyVariables: [], requiresKey: false),
        ProviderPreset(
            name: "vllm", kind: .openai, baseURL: "http://localhost:8000/v1", keyVariables: [], requiresKey: false),
        ProviderPreset(
            name: "llamacpp", kind: .openai, baseURL: "http://localhost:8080/v1", keyVariables: ["LLAMA_API_KEY"],
            requiresKey: false, supportsStreamUsage: false),
        ProviderPreset(
            name: "lmstudio", kind: .openai, baseURL: "http://localhost:1234/v1", keyVariables: [], requiresKey: false,
            supportsStreamUsage: false),
        ProviderPreset(name: "mock", kind: .mock, baseURL: "mock://local/v1", keyVariables: [], requiresKey: false),
    ]

    /// The preset with this name.
    /// - Parameter name: a provider name such as `groq`.
    /// - Returns: the preset, or `nil` when there is none.
    public static func named(_ name: String) -> ProviderPreset? {
        all.first { $0.name == name }
    }
}

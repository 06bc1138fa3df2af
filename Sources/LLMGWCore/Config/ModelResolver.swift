import Foundation

/// Turns model references (`provider/model` or a route name) into endpoints with keys.
public struct ModelResolver: Sendable {
    /// The configuration routes and custom providers come from.
    public let config: LLMGWConfig
    /// The process environment (keys, base URL overrides, `LLMGW_MODEL`).
    public let environment: [String: String]
    /// Looks a provider's key up in the key store, by provider name.
    public let keyLookup: (@Sendable (String) -> APIKey?)?

    /// The defaults tried, in order, when a standard key variable (or stored key) exists.
    public static let keyedDefaults: [(provider: String, model: String)] = [
        ("openai", "gpt-4o-mini"), ("anthropic", "claude-haiku-4-5"), ("gemini", "gemini-2.5-flash"),
    ]
    /// The reference used when nothing at all is configured.
    public static let mockFallback = "mock/echo"

    /// Creates a resolver.
    /// - Parameters:
    ///   - config: the loaded configuration.
    ///   - environment: the process environment.
    ///   - keyLookup: the key store's lookup by provider name, consulted last.
    public init(
        config: LLMGWConfig, environment: [String: String], keyLookup: (@Sendable (String) -> APIKey?)? = nil
    ) {
        self.config = config
        self.environment = environment
        self.keyLookup = keyLookup
    }

    /// Every provider name usable in references: presets and configured providers, sorted.
    public var knownProviders: [String] {
        Set(ProviderPresets.all.map(\.name)).union(config.providers.keys).sorted()
    }

    /// Resolves a reference, or the default model when `reference` is `nil` or empty.
    ///
    /// The default is `default_model`, then a route named `default`, then `LLMGW_MODEL`, then the
    /// first of openai, anthropic, gemini that has a key, then `mock/echo` (flagged ``ResolvedModel/usedMockFallback``).
    /// - Parameters:
    ///   - reference: `provider/model` (split at the first `/`) or a route name.
    ///   - apiKeyEnv: the `--api-key-env` variable name, which then must be set.
    /// - Returns: an endpoint or a route.
    /// - Throws: ``ResolveError``.
    public func resolve(_ reference: String?, apiKeyEnv: String? = nil) throws(ResolveError) -> ResolvedModel {
        if let reference = reference?.trimmingCharacters(in: .whitespaces), !reference.isEmpty {
            return try resolveReference(reference, apiKeyEnv: apiKeyEnv)
        }
        if let model = config.defaultModel, !model.isEmpty {
            return try resolveReference(model, apiKeyEnv: apiKeyEnv)
        }
        if let route = config.routes["default"] { return .route(name: "default", config: route) }
        if let model = environment["LLMGW_MODEL"]?.trimmingCharacters(in: .whitespaces), !model.isEmpty {
            return try resolveReference(model, apiKeyEnv: apiKeyEnv)
        }
        for candidate in Self.keyedDefaults {
            let variables = ProviderPresets.named(candidate.provider)?.keyVariables ?? []
            if variables.contains(where: { value(of: $0) != nil }) {
                return try resolveReference(candidate.provider + "/" + candidate.model, apiKeyEnv: apiKeyEnv)
            }
        }
        if let keyLookup {
            for candidate in Self.keyedDefaults where keyLookup(candidate.provider) != nil {
                return try resolveReference(candidate.provider + "/" + candidate.model, apiKeyEnv: apiKeyEnv)
            }
        }
        var fallback = try endpoint(provider: "mock", model: "echo", apiKeyEnv: nil)
        fallback.usedMockFallback = true
        return .endpoint(fallback)
    }

    private func resolveReference(_ reference: String, apiKeyEnv: String?) throws(ResolveError) -> ResolvedModel {
        guard let slash = reference.firstIndex(of: "/") else {
            if let route = config.routes[reference] { return .route(name: reference, config: route) }
            let routes = config.routes.keys.sorted()
            throw .notARoute(reference, routes: routes, suggestion: NameSuggestion.closest(to: reference, in: routes))
        }
        let provider = String(reference[..<slash])
        let model = String(reference[reference.index(after: slash)...])
        guard !provider.isEmpty else { throw .invalidReference(reference, problem: "the provider is missing") }
        guard !model.isEmpty else { throw .invalidReference(reference, problem: "the model is missing") }
        return .endpoint(try endpoint(provider: provider, model: model, apiKeyEnv: apiKeyEnv))
    }

    /// A non-empty environment value, trimmed.
    func value(of variable: String) -> String? {
        guard let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
        else { return nil }
        return value
    }
}

extension ModelResolver {
    /// The built-in mock's behaviour from the config's `mock` provider entry (defaults when absent).
    public var mockBehavior: MockBehavior {
        config.providers["mock"]?.mock ?? MockBehavior()
    }
}

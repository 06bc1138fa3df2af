import struct Foundation.Date

/// One key llmgw can see for a provider, from a variable or the store, for `keys list` and `keys test`.
public struct KeyListing: Sendable, Hashable {
    /// The provider name.
    public var provider: String
    /// The key's name in the store; `nil` for a key from a variable.
    public var name: String?
    /// Where it comes from.
    public var source: APIKeySource
    /// The key.
    public var key: APIKey
    /// Its share of calls among the provider's stored keys.
    public var weight: Int?
    /// When `keys set` stored it.
    public var addedAt: Date?
    /// When a call last used it.
    public var lastUsedAt: Date?
    /// Whether calls use it: a variable earlier in the lookup order hides later sources.
    public var active: Bool

    /// Creates a listing entry.
    public init(
        provider: String, name: String?, source: APIKeySource, key: APIKey, weight: Int? = nil, addedAt: Date? = nil,
        lastUsedAt: Date? = nil, active: Bool
    ) {
        self.provider = provider
        self.name = name
        self.source = source
        self.key = key
        self.weight = weight
        self.addedAt = addedAt
        self.lastUsedAt = lastUsedAt
        self.active = active
    }

    /// The source as shown to users: `env OPENAI_API_KEY`, `config WORK_KEY`, `store`.
    public var sourceLabel: String {
        switch source {
        case .flagVariable(let name): "flag \(name)"
        case .configVariable(let name): "config \(name)"
        case .environment(let name): "env \(name)"
        case .keyStore: "store"
        case .none: "none"
        }
    }

    /// Every key llmgw can see, per provider in lookup order (config `api_key_env`, the standard
    /// variables, then the store); the first source of a provider is the one calls use, and all
    /// stored keys are used together (round robin) when no variable is set.
    /// - Parameters:
    ///   - resolver: the config and environment.
    ///   - stored: the key store's keys.
    ///   - providers: only these providers; all when empty.
    /// - Returns: the entries, sorted by provider.
    public static func all(resolver: ModelResolver, stored: [StoredKey], providers: [String] = []) -> [KeyListing] {
        let names = providers.isEmpty ? Set(resolver.knownProviders).union(stored.map(\.provider)).sorted() : providers
        var result: [KeyListing] = []
        for provider in names {
            var variables: [(String, APIKeySource)] = []
            if let variable = resolver.config.providers[provider]?.apiKeyEnv {
                variables.append((variable, .configVariable(variable)))
            }
            for variable in ProviderPresets.named(provider)?.keyVariables ?? []
            where !variables.contains(where: { $0.0 == variable }) {
                variables.append((variable, .environment(variable)))
            }
            var active = true
            for (variable, source) in variables {
                guard let secret = resolver.value(of: variable) else { continue }
                result.append(
                    KeyListing(provider: provider, name: nil, source: source, key: APIKey(secret), active: active))
                active = false
            }
            for key in stored where key.provider == provider {
                result.append(
                    KeyListing(
                        provider: provider, name: key.name, source: .keyStore, key: key.key, weight: key.weight,
                        addedAt: key.addedAt, lastUsedAt: key.lastUsedAt, active: active))
            }
        }
        return result
    }
}

extension ModelResolver {
    /// Builds the endpoint for `provider/model`: base URL, headers and the key, in lookup order.
    func endpoint(provider: String, model: String, apiKeyEnv: String?) throws(ResolveError) -> ResolvedEndpoint {
        let preset = ProviderPresets.named(provider)
        let custom = config.providers[provider]
        guard let kind = custom?.kind ?? preset?.kind else {
            let known = knownProviders
            throw .unknownProvider(provider, known: known, suggestion: NameSuggestion.closest(to: provider, in: known))
        }

        let baseURL: String
        if let url = custom?.baseURL {
            baseURL = url
        } else if let url = (preset ?? ProviderPresets.all.first { $0.kind == kind })?.baseURL(environment: environment)
        {
            baseURL = url
        } else {
            throw .missingBaseURL(provider: provider, variable: kind == .azure ? "AZURE_OPENAI_ENDPOINT" : nil)
        }

        var headers = preset?.extraHeaders ?? [:]
        if provider == "openai" {
            if let organization = value(of: "OPENAI_ORG_ID") { headers.set("OpenAI-Organization", organization) }
            if let project = value(of: "OPENAI_PROJECT_ID") { headers.set("OpenAI-Project", project) }
        }
        for (name, value) in (custom?.headers ?? [:]).sorted(by: { $0.key < $1.key }) { headers.set(name, value) }

        let (key, source) = try apiKey(provider: provider, preset: preset, custom: custom, apiKeyEnv: apiKeyEnv)
        let requiresKey =
            (preset?.requiresKey ?? [.anthropic, .gemini, .azure].contains(kind)) || custom?.apiKeyEnv != nil
        if key == nil && requiresKey {
            var variables: [String] = []
            for variable in [custom?.apiKeyEnv].compactMap({ $0 }) + (preset?.keyVariables ?? [])
            where !variables.contains(variable) {
                variables.append(variable)
            }
            throw .missingKey(provider: provider, variables: variables)
        }

        let endpoint = ProviderEndpoint(
            provider: provider, kind: kind, baseURL: baseURL, model: model, apiKey: key, extraHeaders: headers,
            apiVersion: custom?.apiVersion ?? (kind == .azure ? value(of: "OPENAI_API_VERSION") : nil),
            supportsStreamUsage: custom?.streamUsage ?? preset?.supportsStreamUsage ?? true)
        let mock = kind == .mock ? (custom?.mock ?? config.providers["mock"]?.mock ?? MockBehavior()) : nil
        return ResolvedEndpoint(
            reference: provider + "/" + model, endpoint: endpoint, keySource: source,
            modelConfig: config.models[provider + "/" + model], mock: mock)
    }

    /// The key, in order: `--api-key-env`, the config's `api_key_env`, the preset's variables, the key store.
    private func apiKey(
        provider: String, preset: ProviderPreset?, custom: ProviderConfig?, apiKeyEnv: String?
    ) throws(ResolveError) -> (APIKey?, APIKeySource) {
        if let variable = apiKeyEnv {
            guard let secret = value(of: variable) else { throw .apiKeyVariableUnset(variable) }
            return (APIKey(secret), .flagVariable(variable))
        }
        if let variable = custom?.apiKeyEnv, let secret = value(of: variable) {
            return (APIKey(secret), .configVariable(variable))
        }
        for variable in preset?.keyVariables ?? [] {
            if let secret = value(of: variable) { return (APIKey(secret), .environment(variable)) }
        }
        if let key = keyLookup?(provider), !key.secret.isEmpty { return (key, .keyStore) }
        return (nil, .none)
    }
}

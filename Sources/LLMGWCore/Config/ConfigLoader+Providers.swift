extension ConfigLoader {
    static let providerKeys = [
        "type", "base_url", "api_key_env", "headers", "api_version", "stream_usage", "tokens_per_second", "latency",
        "output_tokens",
    ]
    static let mockKeys = ["tokens_per_second", "latency", "output_tokens"]

    /// Decodes one `providers.<name>` entry.
    static func provider(named name: String, _ node: ConfigNode) throws(ConfigError) -> ProviderConfig {
        for entry in try node.entries() where ["api_key", "key", "apikey", "api-key"].contains(entry.key.lowercased()) {
            throw ConfigError.literalAPIKey(entry.keyLocation, keyPath: entry.value.path, provider: name)
        }
        let fields = try node.fields(providerKeys)
        var config = ProviderConfig()
        if let typeNode = fields["type"] {
            let typeName = try typeNode.string()
            guard let kind = ProviderConfig.kind(forTypeName: typeName) else {
                throw ConfigError.unknownProviderType(
                    typeNode.location, keyPath: typeNode.path, value: typeName,
                    suggestion: NameSuggestion.closest(to: typeName, in: ProviderConfig.typeNames))
            }
            config.kind = kind
        } else if ProviderPresets.named(name) == nil {
            throw ConfigError.missingKey(
                node.location, keyPath: ConfigNode.append("type", to: node.path),
                hint: "'\(name)' is not a built-in provider, so say which API it speaks with `type:` (one of "
                    + ProviderConfig.typeNames.joined(separator: ", ") + ")")
        }
        if let urlNode = fields["base_url"] {
            var url = try urlNode.string()
            guard ["http://", "https://", "mock://"].contains(where: { url.lowercased().hasPrefix($0) }) else {
                throw urlNode.invalid(
                    "'\(url)' is not an http(s) URL", fix: "write the API base, e.g. http://127.0.0.1:8080/v1")
            }
            while url.hasSuffix("/") { url.removeLast() }
            config.baseURL = url
        }
        if let envNode = fields["api_key_env"] {
            let variable = try envNode.string()
            let isName =
                variable.first.map { $0.isLetter || $0 == "_" } == true
                && variable.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
            guard isName else {
                // Never echo the value: it may be a pasted key.
                throw envNode.invalid(
                    "api_key_env must be the NAME of an environment variable (letters, digits and _), not a key",
                    fix:
                        "write e.g. `api_key_env: \(name.uppercased().replacingOccurrences(of: "-", with: "_"))_API_KEY`"
                        + " and export that variable, or run `llmgw keys set \(name)`")
            }
            config.apiKeyEnv = variable
        }
        if config.baseURL == nil, let typeNode = fields["type"], try typeNode.string() == "openai-compatible" {
            throw ConfigError.missingKey(
                node.location, keyPath: ConfigNode.append("base_url", to: node.path),
                hint: "an openai-compatible provider needs `base_url:`, e.g. http://127.0.0.1:8080/v1")
        }
        if let headersNode = fields["headers"] { config.headers = try headersNode.stringMap() }
        if let versionNode = fields["api_version"] { config.apiVersion = try versionNode.string() }
        if let usageNode = fields["stream_usage"] { config.streamUsage = try usageNode.bool() }

        let kind = config.kind ?? ProviderPresets.named(name)?.kind
        let mockFields = mockKeys.compactMap { fields[$0] }
        if let first = mockFields.first, kind != .mock {
            throw first.invalid(
                "this setting applies only to the mock provider", fix: "remove it, or set `type: mock`")
        }
        if !mockFields.isEmpty || kind == .mock {
            var mock = MockBehavior()
            if let rate = fields["tokens_per_second"] {
                mock.tokensPerSecond = try rate.nonNegativeDouble()
            }
            if let latency = fields["latency"] { mock.latency = try latency.duration() }
            if let tokens = fields["output_tokens"] { mock.outputTokens = try tokens.int(minimum: 0) }
            config.mock = mock
        }
        return config
    }

    /// Decodes one `models.<provider/model>` entry.
    static func model(_ node: ConfigNode) throws(ConfigError) -> ModelConfig {
        let fields = try node.fields(["price", "context", "max_output", "capabilities", "tools", "vision"])
        var model = ModelConfig()
        if let priceNode = fields["price"] {
            let price = try priceNode.fields(["input", "output", "cached_input", "cache_write", "reasoning"])
            guard let input = price["input"] else {
                throw ConfigError.missingKey(
                    priceNode.location, keyPath: ConfigNode.append("input", to: priceNode.path),
                    hint: "give the price per 1M input tokens in dollars, e.g. `input: 0.15`")
            }
            guard let output = price["output"] else {
                throw ConfigError.missingKey(
                    priceNode.location, keyPath: ConfigNode.append("output", to: priceNode.path),
                    hint: "give the price per 1M output tokens in dollars, e.g. `output: 0.60`")
            }
            model.price = ModelPrice(
                input: try input.nonNegativeDecimal(), output: try output.nonNegativeDecimal(),
                cachedInput: try price["cached_input"]?.nonNegativeDecimal(),
                cacheWrite: try price["cache_write"]?.nonNegativeDecimal(),
                reasoning: try price["reasoning"]?.nonNegativeDecimal())
        }
        model.context = try fields["context"]?.int(minimum: 1)
        model.maxOutput = try fields["max_output"]?.int(minimum: 1)
        model.tools = try fields["tools"]?.bool()
        model.vision = try fields["vision"]?.bool()
        model.capabilities = try fields["capabilities"]?.stringList() ?? []
        return model
    }

    /// Decodes `timeouts`.
    static func timeouts(_ node: ConfigNode) throws(ConfigError) -> TimeoutDefaults {
        let fields = try node.fields(["connect", "first_token", "idle", "total"])
        return TimeoutDefaults(
            connect: try fields["connect"]?.duration(), firstToken: try fields["first_token"]?.duration(),
            idle: try fields["idle"]?.duration(), total: try fields["total"]?.duration())
    }

    /// Checks that a `models:` key is `provider/model` with a known provider.
    static func checkModelReference(
        _ reference: String, at location: ConfigLocation, path: String, providers: Set<String>
    ) throws(ConfigError) {
        guard let slash = reference.firstIndex(of: "/"), slash != reference.startIndex,
            reference.index(after: slash) != reference.endIndex
        else {
            throw ConfigError.invalidValue(
                location, keyPath: path, problem: "'\(reference)' is not a `provider/model` reference",
                fix: "key models by provider and model, e.g. `openai/gpt-4o-mini`")
        }
        let provider = String(reference[..<slash])
        guard providers.contains(provider) else {
            throw ConfigError.unknownProvider(
                location, keyPath: path, provider: provider,
                suggestion: NameSuggestion.closest(to: provider, in: providers))
        }
    }
}

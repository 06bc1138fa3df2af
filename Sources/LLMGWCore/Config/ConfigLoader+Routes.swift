extension ConfigLoader {
    static let routeKeys = [
        "strategy", "targets", "rules", "retry", "options", "description", "breaker", "timeouts", "resume_on_fallback",
    ]
    static let ruleKeys = ["when", "use"]
    static let conditionKeys = ["input_tokens", "prompt", "capabilities", "tags", "metadata"]
    static let routeTimeoutKeys = ["connect", "first_token", "idle", "total"]

    /// Decodes one `routes.<name>` entry and returns the nodes that name other models or routes.
    static func route(_ node: ConfigNode) throws(ConfigError) -> (RouteConfig, [ConfigNode]) {
        let fields = try node.fields(routeKeys)
        var route = RouteConfig()
        var references: [ConfigNode] = []
        if let strategyNode = fields["strategy"] {
            let strategy = try strategyNode.string()
            guard RouteConfig.strategies.contains(strategy) else {
                let hint = NameSuggestion.closest(to: strategy, in: RouteConfig.strategies).map {
                    "did you mean '\($0)'? "
                }
                throw strategyNode.invalid(
                    "unknown strategy '\(strategy)'",
                    fix: (hint ?? "") + "use one of: " + RouteConfig.strategies.joined(separator: ", "))
            }
            route.strategy = strategy
        }
        if let targetsNode = fields["targets"] {
            for item in try targetsNode.items() {
                if case .mapping = item.node {
                    let target = try item.fields(["model", "weight"])
                    guard let modelNode = target["model"] else {
                        throw ConfigError.missingKey(
                            item.location, keyPath: ConfigNode.append("model", to: item.path),
                            hint: "name the target, e.g. `{ model: openai/gpt-4o, weight: 90 }`")
                    }
                    route.targets.append(
                        RouteTarget(model: try modelNode.string(), weight: try target["weight"]?.nonNegativeDouble()))
                    references.append(modelNode)
                } else {
                    route.targets.append(RouteTarget(model: try item.string()))
                    references.append(item)
                }
            }
        }
        if let rulesNode = fields["rules"] {
            for rule in try rulesNode.items() {
                guard case .mapping = rule.node else { throw rule.wrongType("a mapping like `{ when: …, use: … }`") }
                route.typedRules.append(try typedRule(rule))
                for entry in try rule.entries() where entry.key == "use" {
                    references.append(entry.value)
                }
            }
            route.rules = try rulesNode.json()
        }
        if let retryNode = fields["retry"] { route.retrySettings = try retrySettings(retryNode) }
        if let breakerNode = fields["breaker"] { route.breaker = try breakerSettings(breakerNode) }
        if let timeoutsNode = fields["timeouts"] {
            let limits = try timeoutsNode.fields(routeTimeoutKeys)
            route.timeouts = TimeoutDefaults(
                connect: try limits["connect"]?.duration(), firstToken: try limits["first_token"]?.duration(),
                idle: try limits["idle"]?.duration(), total: try limits["total"]?.duration())
        }
        route.resumeOnFallback = try fields["resume_on_fallback"]?.bool()
        route.retry = try fields["retry"]?.json()
        route.options = try fields["options"]?.json()
        route.description = try fields["description"]?.string()
        return (route, references)
    }

    /// Decodes one `rules[]` entry: `{ when: { input_tokens, prompt, capabilities, tags, metadata }, use: … }`.
    static func typedRule(_ node: ConfigNode) throws(ConfigError) -> RouteRule {
        let fields = try node.fields(ruleKeys)
        guard let useNode = fields["use"] else {
            throw ConfigError.missingKey(
                node.location, keyPath: ConfigNode.append("use", to: node.path),
                hint: "name the model or route this rule sends to, e.g. `use: gemini/gemini-2.5-flash`")
        }
        var rule = RouteRule(use: try useNode.string())
        guard let whenNode = fields["when"] else { return rule }
        let conditions = try whenNode.fields(conditionKeys)
        if let tokensNode = conditions["input_tokens"] {
            let text = try tokensNode.string()
            guard let comparison = TokenComparison.parse(text) else {
                throw tokensNode.invalid(
                    "'\(text)' is not a token comparison", fix: "write it like \">8000\", \"<=2k\" or \"4000\"")
            }
            rule.inputTokens = comparison
        }
        if let promptNode = conditions["prompt"] {
            let pattern = try promptNode.string()
            do {
                rule.prompt = try PromptPattern(pattern)
            } catch {
                throw promptNode.invalid(
                    "'\(pattern)' is not a valid regular expression",
                    fix: "fix the pattern (ICU syntax), e.g. \"(?i)translate\"")
            }
        }
        if let capabilitiesNode = conditions["capabilities"] {
            rule.capabilities = try capabilitiesNode.stringList()
            for name in rule.capabilities where !RouteRule.capabilityNames.contains(name) {
                throw capabilitiesNode.invalid(
                    "unknown capability '\(name)'",
                    fix: "use one of: " + RouteRule.capabilityNames.joined(separator: ", "))
            }
        }
        rule.tags = try conditions["tags"]?.stringList() ?? []
        rule.metadata = try conditions["metadata"]?.stringMap() ?? [:]
        return rule
    }

    /// Decodes `limits:`: `{ NAME: { rpm, tpm, concurrency } }` where NAME is a provider or `provider/model`.
    static func limits(_ node: ConfigNode, providers: Set<String>) throws(ConfigError) -> [String: RateLimit] {
        var result: [String: RateLimit] = [:]
        for entry in try node.entries() {
            if entry.key.contains("/") {
                try checkModelReference(entry.key, at: entry.keyLocation, path: entry.value.path, providers: providers)
            } else if !providers.contains(entry.key) {
                throw ConfigError.invalidValue(
                    entry.keyLocation, keyPath: entry.value.path, problem: "unknown provider '\(entry.key)'",
                    fix: "name a provider (e.g. openai) or a model as provider/model")
            }
            let fields = try entry.value.fields(["rpm", "tpm", "concurrency"])
            result[entry.key] = RateLimit(
                requestsPerMinute: try fields["rpm"]?.int(minimum: 1),
                tokensPerMinute: try fields["tpm"]?.int(minimum: 1),
                concurrency: try fields["concurrency"]?.int(minimum: 1))
        }
        return result
    }

    /// Decodes `retry:`.
    static func retrySettings(_ node: ConfigNode) throws(ConfigError) -> RetrySettings {
        let fields = try node.fields(RetrySettings.keys)
        var settings = RetrySettings()
        if let value = try fields["attempts"]?.int(minimum: 1) { settings.attemptsPerTarget = value }
        if let value = try fields["max_attempts"]?.int(minimum: 1) { settings.maxAttempts = value }
        if let value = try fields["backoff"]?.duration() { settings.backoffBase = value }
        if let value = try fields["max_backoff"]?.duration() { settings.backoffMax = value }
        if let value = try fields["max_retry_after"]?.duration() { settings.maxRetryAfter = value }
        return settings
    }

    /// Decodes `breaker:`.
    static func breakerSettings(_ node: ConfigNode) throws(ConfigError) -> BreakerSettings {
        let fields = try node.fields(BreakerSettings.keys)
        var settings = BreakerSettings()
        if let value = try fields["failures"]?.int(minimum: 1) { settings.failureThreshold = value }
        if let value = try fields["cooldown"]?.duration() { settings.cooldown = value }
        if let value = try fields["probes"]?.int(minimum: 1) { settings.halfOpenSuccesses = value }
        if let value = try fields["ramp"]?.duration() { settings.ramp = value }
        return settings
    }

    /// Checks that `value` is a `provider/model` reference with a known provider, or a route name.
    static func checkTarget(
        _ value: String, node: ConfigNode, config: LLMGWConfig, providers: Set<String>
    ) throws(ConfigError) {
        if value.contains("/") {
            try checkModelReference(value, at: node.location, path: node.path, providers: providers)
        } else if config.routes[value] == nil {
            throw ConfigError.unknownTarget(
                node.location, keyPath: node.path, target: value,
                suggestion: NameSuggestion.closest(to: value, in: config.routes.keys))
        }
    }

    /// Throws ``ConfigError/routeCycle(_:keyPath:cycle:)`` when routes refer to each other in a loop.
    static func checkCycles(_ references: [String: [ConfigNode]]) throws(ConfigError) {
        var finished: Set<String> = []
        var stack: [String] = []

        func visit(_ name: String) throws(ConfigError) {
            if finished.contains(name) { return }
            stack.append(name)
            for node in references[name] ?? [] {
                guard case .scalar(let scalar) = node.node, references[scalar.string] != nil else { continue }
                let next = scalar.string
                if let start = stack.firstIndex(of: next) {
                    throw ConfigError.routeCycle(
                        node.location, keyPath: node.path, cycle: Array(stack[start...]) + [next])
                }
                try visit(next)
            }
            stack.removeLast()
            finished.insert(name)
        }
        for name in references.keys.sorted() { try visit(name) }
    }
}

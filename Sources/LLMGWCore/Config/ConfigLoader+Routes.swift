extension ConfigLoader {
    static let routeKeys = ["strategy", "targets", "rules", "retry", "options", "description"]

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
                for entry in try rule.entries() where entry.key == "use" {
                    _ = try entry.value.string()
                    references.append(entry.value)
                }
            }
            route.rules = try rulesNode.json()
        }
        route.retry = try fields["retry"]?.json()
        route.options = try fields["options"]?.json()
        route.description = try fields["description"]?.string()
        return (route, references)
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

import LLMGWCore

/// Which models a cost command prices: `-m` references (routes expand to their targets) or the whole catalog.
enum CostModelSelection {
    /// The `(provider, model, kind)` of each model to price, without duplicates, in the order given.
    /// - Throws: ``CLIError/usage(_:)`` for a reference that is neither `provider/model` nor a route.
    static func candidates(
        models: [String], all: Bool, providers: [String], config: LLMGWConfig, catalog: PriceCatalog
    ) throws -> [(provider: String, model: String, kind: ProviderKind)] {
        var references: [String] = []
        if all {
            references = catalog.entries.filter { providers.isEmpty || providers.contains($0.provider) }.map(\.id)
            if references.isEmpty {
                throw CLIError.usage(
                    "the catalog has no models of \(providers.joined(separator: ", ")); see `llmgw cost models`")
            }
        }
        for reference in models { references += try expand(reference, config: config, seen: []) }
        var seen = Set<String>()
        var result: [(provider: String, model: String, kind: ProviderKind)] = []
        for reference in references where seen.insert(reference).inserted {
            guard let slash = reference.firstIndex(of: "/") else { continue }
            let provider = String(reference[..<slash])
            let kind = config.providers[provider]?.kind ?? ProviderPresets.named(provider)?.kind ?? .openai
            result.append((provider, String(reference[reference.index(after: slash)...]), kind))
        }
        return result
    }

    private static func expand(_ reference: String, config: LLMGWConfig, seen: Set<String>) throws -> [String] {
        if let route = config.routes[reference], !seen.contains(reference) {
            return try route.targets.flatMap { try expand($0.model, config: config, seen: seen.union([reference])) }
        }
        guard let slash = reference.firstIndex(of: "/"), slash != reference.startIndex,
            reference.index(after: slash) != reference.endIndex
        else {
            throw CLIError.usage(
                "`\(reference)` is neither provider/model nor a route in the config; e.g. -m openai/gpt-4o-mini")
        }
        return [reference]
    }
}

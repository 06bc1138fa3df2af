/// Finds a model's capabilities: the config's `models:` entry first, then the catalog.
///
/// The catalog is the one place to plug in published capabilities; until it exists the lookup
/// uses the config alone (and knows the built-in mock supports everything).
public struct CapabilityLookup: Sendable {
    /// The config's per-model entries, keyed by `provider/model`.
    public let models: [String: ModelConfig]
    /// Catalog capabilities by `provider/model`, consulted after the config.
    public let catalog: (@Sendable (String) -> ModelCapabilities?)?

    /// Creates a lookup.
    /// - Parameters:
    ///   - models: the config's `models:` entries.
    ///   - catalog: the price catalog's capability lookup, when there is one.
    public init(models: [String: ModelConfig], catalog: (@Sendable (String) -> ModelCapabilities?)? = nil) {
        self.models = models
        self.catalog = catalog
    }

    /// The capabilities of `provider/model`.
    /// - Parameters:
    ///   - reference: `provider/model`.
    ///   - kind: the provider's wire format, when known (the mock supports everything).
    /// - Returns: what is known; unknown fields are `nil`.
    public func capabilities(of reference: String, kind: ProviderKind? = nil) -> ModelCapabilities {
        var result = ModelCapabilities()
        if let config = models[reference] {
            let names = Set(config.capabilities.map { $0.lowercased() })
            result = ModelCapabilities(
                tools: config.tools ?? (names.contains("tools") ? true : nil),
                vision: config.vision ?? (names.contains("vision") ? true : nil),
                jsonMode: names.contains("json") || names.contains("json_mode") ? true : nil,
                contextWindow: config.context, maxOutput: config.maxOutput)
        }
        if let fromCatalog = catalog?(reference) { result = result.merged(over: fromCatalog) }
        if kind == .mock { result = result.merged(over: .all) }
        return result
    }
}

/// Where a catalog entry's figures came from, in the order later layers override earlier ones.
public enum CatalogOrigin: String, Sendable, Hashable, CaseIterable {
    /// The catalog built into llmgw.
    case embedded
    /// The user catalog written by `llmgw cost models import`.
    case imported
    /// A `models:` entry of the config file.
    case config
}

/// The `--sort` override: order the candidates by one measure, as OpenRouter's `provider.sort` does.
public enum RouteSort: String, Sendable, Hashable, CaseIterable {
    /// Cheapest estimated cost first.
    case price
    /// Lowest observed time to first token (or latency) first.
    case latency
    /// Highest observed output tokens per second first.
    case throughput
}

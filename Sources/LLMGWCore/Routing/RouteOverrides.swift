import Foundation

/// Request-level routing overrides from the command line (`--fallback`, `--sort`, `--only`, …).
public struct RouteOverrides: Sendable, Hashable {
    /// Extra targets tried after the route's own (`--fallback`, in order).
    public var fallbacks: [String]
    /// Re-orders the eligible candidates (`--sort`).
    public var sort: RouteSort?
    /// Only these providers (`--only`); empty means all.
    public var onlyProviders: Set<String>
    /// Never these providers (`--ignore`).
    public var ignoredProviders: Set<String>
    /// The highest price per 1M tokens, input or output (`--max-price`).
    public var maxPrice: Decimal?
    /// Keeps `weighted` picks stable for the same key (`--sticky`).
    public var stickyKey: String?

    /// Creates overrides; none by default.
    public init(
        fallbacks: [String] = [], sort: RouteSort? = nil, onlyProviders: Set<String> = [],
        ignoredProviders: Set<String> = [], maxPrice: Decimal? = nil, stickyKey: String? = nil
    ) {
        self.fallbacks = fallbacks
        self.sort = sort
        self.onlyProviders = onlyProviders
        self.ignoredProviders = ignoredProviders
        self.maxPrice = maxPrice
        self.stickyKey = stickyKey
    }
}

import Foundation

/// A model's price in US dollars per 1M tokens.
public struct ModelPrice: Sendable, Hashable {
    /// Per 1M prompt tokens (`input`).
    public var input: Decimal
    /// Per 1M completion tokens (`output`).
    public var output: Decimal
    /// Per 1M prompt tokens read from the cache (`cached_input`); `nil` charges them as `input`.
    public var cachedInput: Decimal?
    /// Per 1M prompt tokens written to the cache (`cache_write`); `nil` charges them as `input`.
    public var cacheWrite: Decimal?
    /// Per 1M reasoning tokens (`reasoning`) where it differs from `output`; `nil` charges them as `output`.
    public var reasoning: Decimal?

    /// Creates a price.
    public init(
        input: Decimal, output: Decimal, cachedInput: Decimal? = nil, cacheWrite: Decimal? = nil,
        reasoning: Decimal? = nil
    ) {
        self.input = input
        self.output = output
        self.cachedInput = cachedInput
        self.cacheWrite = cacheWrite
        self.reasoning = reasoning
    }
}

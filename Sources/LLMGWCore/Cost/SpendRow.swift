/// Spend, tokens, requests and errors of one group of logged calls (or of all of them).
public struct SpendRow: Sendable, Hashable {
    /// The group's label (`openai/gpt-4o`, `2026-11-21`, …); empty for calls without a route or key.
    public var group: String
    /// Logged calls.
    public var requests: Int
    /// Calls that failed.
    public var errors: Int
    /// Prompt tokens.
    public var inputTokens: Int
    /// Completion tokens.
    public var outputTokens: Int
    /// Prompt tokens read from the cache.
    public var cachedInputTokens: Int
    /// Completion tokens spent on reasoning.
    public var reasoningTokens: Int
    /// The priced spend in micro-dollars (unpriced calls add nothing here).
    public var costMicros: Int64
    /// Calls with token counts but no known price.
    public var unpricedRequests: Int
    /// Tokens of those calls.
    public var unpricedTokens: Int
    /// Calls whose tokens llmgw estimated rather than the provider reported.
    public var estimatedRequests: Int

    /// Creates a row.
    public init(
        group: String, requests: Int = 0, errors: Int = 0, inputTokens: Int = 0, outputTokens: Int = 0,
        cachedInputTokens: Int = 0, reasoningTokens: Int = 0, costMicros: Int64 = 0, unpricedRequests: Int = 0,
        unpricedTokens: Int = 0, estimatedRequests: Int = 0
    ) {
        self.group = group
        self.requests = requests
        self.errors = errors
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputTokens = cachedInputTokens
        self.reasoningTokens = reasoningTokens
        self.costMicros = costMicros
        self.unpricedRequests = unpricedRequests
        self.unpricedTokens = unpricedTokens
        self.estimatedRequests = estimatedRequests
    }

    /// The share of tokens (0…1) whose cost is unknown; 0 when there are no tokens.
    public var unpricedTokenShare: Double {
        let total = inputTokens + outputTokens
        return total == 0 ? 0 : Double(unpricedTokens) / Double(total)
    }

    /// Adds another row's figures to this one.
    public mutating func add(_ other: SpendRow) {
        requests += other.requests
        errors += other.errors
        inputTokens += other.inputTokens
        outputTokens += other.outputTokens
        cachedInputTokens += other.cachedInputTokens
        reasoningTokens += other.reasoningTokens
        costMicros += other.costMicros
        unpricedRequests += other.unpricedRequests
        unpricedTokens += other.unpricedTokens
        estimatedRequests += other.estimatedRequests
    }
}

import Foundation

/// Prices a call from usage: exact decimal arithmetic, rounded once to the micro-dollar.
///
/// Prices come from the ``PriceCatalog`` (embedded, then the user catalog) with the config's
/// `models:` prices laid over it; the built-in mock costs nothing. A model with no known price has
/// an unknown cost (`nil`), never $0.
public struct CostCalculator: Sendable {
    /// The catalog with the config's prices applied.
    public let catalog: PriceCatalog

    /// A calculator over the embedded catalog and the config's prices.
    public init(config: LLMGWConfig) {
        self.init(config: config, catalog: .embedded)
    }

    /// A calculator over `catalog` (e.g. ``PriceCatalog/load(paths:)``) and the config's prices.
    public init(config: LLMGWConfig, catalog: PriceCatalog) {
        self.catalog = catalog.applying(config: config)
    }

    /// The price per 1M tokens of `provider/model`, if known.
    public func price(provider: String, model: String, kind: ProviderKind) -> ModelPrice? {
        if let entry = catalog.entry(provider: provider, model: model) { return entry.price }
        if kind == .mock { return ModelPrice(input: 0, output: 0) }
        return nil
    }

    /// The cost of a call in micro-dollars, or `nil` when the price or the usage is unknown.
    public func cost(of report: CallReport) -> Int64? {
        guard let usage = report.result.usage,
            let price = price(
                provider: report.endpoint.provider, model: report.endpoint.model, kind: report.endpoint.kind)
        else { return nil }
        return Self.micros(usage: usage, price: price)
    }

    /// The cost of `usage` at `price` (dollars per 1M tokens) in micro-dollars, rounded half-up.
    public static func micros(usage: Usage, price: ModelPrice) -> Int64 {
        rounded(exactMicros(usage: usage, price: price))
    }

    /// The unrounded cost of `usage` at `price` in micro-dollars.
    ///
    /// Input tokens are split into cache reads (`cached_input`), cache writes (`cache_write`) and the
    /// rest (`input`); output tokens into reasoning (`reasoning`) and the rest (`output`). A missing
    /// special price charges those tokens at the plain one.
    public static func exactMicros(usage: Usage, price: ModelPrice) -> Decimal {
        // Dollars per 1M tokens equals micro-dollars per token.
        let input = max(0, usage.inputTokens)
        let cached = min(max(0, usage.cachedInputTokens), input)
        let written = min(max(0, usage.cacheWriteTokens), input - cached)
        let output = max(0, usage.outputTokens)
        let reasoning = min(max(0, usage.reasoningTokens), output)
        var total = Decimal(input - cached - written) * price.input
        total += Decimal(cached) * (price.cachedInput ?? price.input)
        total += Decimal(written) * (price.cacheWrite ?? price.input)
        total += Decimal(output - reasoning) * price.output
        total += Decimal(reasoning) * (price.reasoning ?? price.output)
        return total
    }

    /// Micro-dollars rounded half-up to a whole number.
    public static func rounded(_ micros: Decimal) -> Int64 {
        var value = micros
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return NSDecimalNumber(decimal: result).int64Value
    }
}

/// How costs are written for people.
public enum CostFormat {
    /// Micro-dollars as dollars with six decimals, e.g. `$0.000150`.
    public static func dollars(micros: Int64) -> String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        let fraction = String(magnitude % 1_000_000)
        return "\(sign)$\(magnitude / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
    }
}

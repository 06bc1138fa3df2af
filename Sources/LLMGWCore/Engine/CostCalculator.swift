import Foundation

/// Prices a call from reported usage: exact decimal arithmetic, rounded once to the micro-dollar.
///
/// Prices come from the config's `models:` entries; the built-in mock costs nothing. A model with
/// no known price has an unknown cost (`nil`), never $0.
public struct CostCalculator: Sendable {
    private let config: LLMGWConfig

    public init(config: LLMGWConfig) {
        self.config = config
    }

    /// The price per 1M tokens of `provider/model`, if known.
    public func price(provider: String, model: String, kind: ProviderKind) -> ModelPrice? {
        if let configured = config.models["\(provider)/\(model)"]?.price { return configured }
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
        // Dollars per 1M tokens equals micro-dollars per token.
        let cached = Decimal(min(usage.cachedInputTokens, usage.inputTokens))
        let uncached = Decimal(usage.inputTokens) - cached
        var total = uncached * price.input + cached * (price.cachedInput ?? price.input)
        total += Decimal(usage.outputTokens) * price.output
        var rounded = Decimal()
        NSDecimalRound(&rounded, &total, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
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

import Foundation
import LLMGWCore

/// `cost estimate` results as a table and as `llmgw.cost.estimate/1` rows.
enum CostEstimateTable {
    /// One row per estimate; `plain` writes bare numbers (for CSV) instead of `$` amounts.
    static func table(_ estimates: [CostEstimate], plain: Bool) -> DataTable {
        let columns: [DataTable.Column] = [
            .init(header: "model"), .init(header: "input", numeric: true), .init(header: "output", numeric: true),
            .init(header: "tokens"), .init(header: "in $/1M", numeric: true), .init(header: "out $/1M", numeric: true),
            .init(header: "per call", numeric: true), .init(header: "per 1k calls", numeric: true),
            .init(header: "context", numeric: true),
        ]
        let rows = estimates.map { estimate -> [String] in
            let price = estimate.entry?.price
            func money(_ micros: Int64?) -> String {
                guard plain else { return CostCells.dollars(micros) }
                return micros.map { String(CostFormat.dollars(micros: $0).dropFirst()) } ?? ""
            }
            func rate(_ value: Decimal?) -> String {
                plain ? (value.map { "\($0)" } ?? "") : CostCells.price(value)
            }
            var context = estimate.entry?.context.map { plain ? String($0) : CostCells.tokens($0) } ?? ""
            if estimate.fitsContext == false { context += plain ? "" : " (too long)" }
            return [
                estimate.model, plain ? String(estimate.inputTokens) : CostCells.tokens(estimate.inputTokens),
                plain ? String(estimate.outputTokens) : CostCells.tokens(estimate.outputTokens),
                tokensCell(estimate), rate(price?.input), rate(price?.output),
                money(estimate.costMicros), money(estimate.per1kMicros), context,
            ]
        }
        return DataTable(columns: columns, rows: rows, objects: estimates.map(object))
    }

    /// How the input was counted, in a few letters: `exact`, `exact (api)`, `calibrated` or `estimate`.
    static func tokensCell(_ estimate: CostEstimate) -> String {
        if estimate.countedByProvider { return "exact (api)" }
        if estimate.tokensExact { return "exact" }
        return estimate.calibrationSamples == nil ? "estimate" : "calibrated"
    }

    /// One estimate as JSON.
    static func object(_ estimate: CostEstimate) -> JSONValue {
        let entry = estimate.entry
        let price: JSONValue =
            entry.map { entry in
                .object([
                    "input": CostCells.number(entry.price.input), "output": CostCells.number(entry.price.output),
                    "cached_input": CostCells.number(entry.price.cachedInput),
                    "cache_write": CostCells.number(entry.price.cacheWrite),
                    "reasoning": CostCells.number(entry.price.reasoning),
                ])
            } ?? .null
        return .object([
            "model": .string(estimate.model), "input_tokens": .number(Double(estimate.inputTokens)),
            "output_tokens": .number(Double(estimate.outputTokens)), "tokens_exact": .bool(estimate.tokensExact),
            "encoding": .string(estimate.encoding), "tokens_method": .string(estimate.tokensMethod),
            "calibration_samples": estimate.calibrationSamples.map { .number(Double($0)) } ?? .null,
            "price_per_1m": price,
            "cost_usd": CostCells.usd(estimate.costMicros),
            "cost_micros": estimate.costMicros.map { .number(Double($0)) } ?? .null,
            "per_1k_calls_usd": CostCells.usd(estimate.per1kMicros),
            "context": CostCells.number(entry?.context),
            "fits_context": estimate.fitsContext.map(JSONValue.bool) ?? .null,
            "price_origin": entry.map { .string($0.origin.rawValue) } ?? .null,
            "price_checked": entry?.checked.map(JSONValue.string) ?? .null,
        ])
    }

    /// The output-size rule as JSON.
    static func rule(_ rule: CostEstimate.Output) -> JSONValue {
        switch rule {
        case .tokens(let count): .object(["tokens": .number(Double(count))])
        case .ratio(let ratio): .object(["ratio": CostCells.number(ratio)])
        }
    }
}

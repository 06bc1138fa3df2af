import Foundation
import LLMGWCore

/// How cost commands write prices, costs and tokens in cells and JSON.
enum CostCells {
    /// Micro-dollars as `$0.000150`, or `unknown`.
    static func dollars(_ micros: Int64?) -> String {
        micros.map { CostFormat.dollars(micros: $0) } ?? "unknown"
    }

    /// A price per 1M tokens as `$0.15`, or `-` when absent.
    static func price(_ value: Decimal?) -> String {
        guard let value else { return "-" }
        return "$" + NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// Micro-dollars as a JSON number of dollars, or `null` (never 0 for unknown).
    static func usd(_ micros: Int64?) -> JSONValue {
        micros.map { .number(Double($0) / 1_000_000) } ?? .null
    }

    /// A price per 1M tokens as a JSON number, or `null`.
    static func number(_ value: Decimal?) -> JSONValue {
        value.map { .number(NSDecimalNumber(decimal: $0).doubleValue) } ?? .null
    }

    /// An optional integer as a JSON number, or `null`.
    static func number(_ value: Int?) -> JSONValue {
        value.map { .number(Double($0)) } ?? .null
    }

    /// A token count with thousands separators (`12,345`).
    static func tokens(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}

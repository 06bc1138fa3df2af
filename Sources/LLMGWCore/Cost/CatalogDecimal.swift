import Foundation

/// Exact decimal prices from catalog JSON, where floating point must never creep in.
enum CatalogDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A price written as a string (`"0.15"`) or a number (`0.15`), parsed exactly as written.
    static func parse(_ value: JSONValue?) -> Decimal? {
        switch value {
        case .string(let text): return decimal(text)
        case .number(let number): return decimal(shortest(number))
        default: return nil
        }
    }

    /// A per-token price (`1.5e-07`) converted to dollars per 1M tokens (`0.15`).
    static func perMillion(_ value: JSONValue?) -> Decimal? {
        parse(value).map { $0 * 1_000_000 }
    }

    /// The decimal as plain text (`0.075`).
    static func text(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).description(withLocale: posix)
    }

    /// Parses plain or exponent notation (`1.25e-07`) exactly.
    static func decimal(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let lowered = trimmed.lowercased()
        if let e = lowered.firstIndex(of: "e") {
            guard let mantissa = Decimal(string: String(lowered[..<e]), locale: posix),
                let exponent = Int(lowered[lowered.index(after: e)...]), abs(exponent) < 100
            else { return nil }
            var result = mantissa
            let ten = Decimal(10)
            for _ in 0..<abs(exponent) { result = exponent > 0 ? result * ten : result / ten }
            return result
        }
        let scanner = Scanner(string: trimmed)
        scanner.locale = posix
        guard let value = scanner.scanDecimal(), scanner.isAtEnd else { return nil }
        return value
    }

    /// The shortest text that reads back as `number` (how JSON writers print it).
    private static func shortest(_ number: Double) -> String { "\(number)" }
}

/// A comparison on a token count, as written in a rule: `">8000"`, `"<=2k"`, `"4000"` (at least).
public struct TokenComparison: Sendable, Hashable {
    /// How to compare.
    public enum Operator: String, Sendable, Hashable {
        case greater = ">"
        case greaterOrEqual = ">="
        case less = "<"
        case lessOrEqual = "<="
        case equal = "="
    }

    /// The comparison.
    public var op: Operator
    /// The count compared with.
    public var value: Int

    /// Creates a comparison.
    public init(_ op: Operator, _ value: Int) {
        self.op = op
        self.value = value
    }

    /// Parses `>8000`, `>= 8k`, `<1m`, `=100` or a bare number (meaning at least that many).
    /// - Returns: `nil` when the text is not a comparison.
    public static func parse(_ text: String) -> TokenComparison? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var op = Operator.greaterOrEqual
        for candidate in [Operator.greaterOrEqual, .lessOrEqual, .greater, .less, .equal]
        where rest.hasPrefix(candidate.rawValue) {
            op = candidate
            rest = rest.dropFirst(candidate.rawValue.count)
            break
        }
        var digits = rest.trimmingCharacters(in: .whitespaces).lowercased()
        var factor = 1
        if digits.hasSuffix("k") {
            factor = 1000
            digits.removeLast()
        } else if digits.hasSuffix("m") {
            factor = 1_000_000
            digits.removeLast()
        }
        guard let number = Double(digits), number >= 0, number.isFinite else { return nil }
        return TokenComparison(op, Int(number * Double(factor)))
    }

    /// Whether `count` satisfies the comparison.
    @inline(__always)
    public func matches(_ count: Int) -> Bool {
        switch op {
        case .greater: count > value
        case .greaterOrEqual: count >= value
        case .less: count < value
        case .lessOrEqual: count <= value
        case .equal: count == value
        }
    }

    /// The comparison as written in the config, e.g. `> 8000`.
    public var summary: String { "\(op.rawValue) \(value)" }
}

/// The Unicode classes tiktoken's pre-tokenisation regexes test, as bits per scalar, with the
/// Basic Multilingual Plane precomputed once (optimised even in debug builds, like the rest of
/// this target).
///
/// Bits: 0 `\p{L}`, 1 `\p{N}`, 2 `\s` (White_Space), 3 `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]`,
/// 4 `[\p{Ll}\p{Lm}\p{Lo}\p{M}]`, 5 `\r` or `\n`.
public enum ScalarClassTable {
    /// The bits of every scalar value below U+10000.
    public static let basicPlane: [UInt8] = (0..<0x1_0000).map { bits(of: UInt32($0)) }

    /// The bits of a scalar value, from its Unicode properties.
    public static func bits(of value: UInt32) -> UInt8 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        var result: UInt8 = 0
        if value == 0x0A || value == 0x0D { result |= 1 << 5 }
        if scalar.properties.isWhitespace { result |= 1 << 2 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: result |= 1 << 0 | 1 << 3
        case .lowercaseLetter: result |= 1 << 0 | 1 << 4
        case .modifierLetter, .otherLetter: result |= 1 << 0 | 1 << 3 | 1 << 4
        case .nonspacingMark, .spacingMark, .enclosingMark: result |= 1 << 3 | 1 << 4
        case .decimalNumber, .letterNumber, .otherNumber: result |= 1 << 1
        default: break
        }
        return result
    }
}

import LLMGWTokenizerData

/// The Unicode classes the pre-tokenisation patterns test, as bits, for one scalar.
///
/// `\p{L}` is general category L*, `\p{N}` is N*, `\s` is the White_Space property, as in the
/// regex engine tiktoken uses; the values come from `Unicode.Scalar.Properties` through
/// `ScalarClassTable`, whose bit layout this type names.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// `\p{L}`: Lu, Ll, Lt, Lm, Lo.
    static let letter = ScalarClass(rawValue: 1 << 0)
    /// `\p{N}`: Nd, Nl, No.
    static let number = ScalarClass(rawValue: 1 << 1)
    /// `\s`: the White_Space property.
    static let whitespace = ScalarClass(rawValue: 1 << 2)
    /// o200k's upper set `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]`.
    static let upperSet = ScalarClass(rawValue: 1 << 3)
    /// o200k's lower set `[\p{Ll}\p{Lm}\p{Lo}\p{M}]`.
    static let lowerSet = ScalarClass(rawValue: 1 << 4)
    /// `\r` or `\n`.
    static let lineBreak = ScalarClass(rawValue: 1 << 5)

    /// The classes of a scalar value.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass {
        if value < 0x1_0000 { return ScalarClass(rawValue: basicPlane[Int(value)]) }
        return ScalarClass(rawValue: ScalarClassTable.bits(of: value))
    }

    /// The classes of every scalar of the Basic Multilingual Plane.
    private static let basicPlane = ScalarClassTable.basicPlane
}

/// The pre-tokenisation regex of an encoding, implemented by ``PieceScanner``.
enum PreTokenizerPattern: Sendable {
    /// cl100k_base: `'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+|
    /// ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s`.
    case cl100k
    /// o200k_base: the letter alternatives with upper and lower sets and trailing contractions,
    /// `\p{N}{1,3}`, ` ?[^\s\p{L}\p{N}]+[\r\n/]*`, `\s*[\r\n]+`, `\s+(?!\S)`, `\s+`.
    case o200k
}

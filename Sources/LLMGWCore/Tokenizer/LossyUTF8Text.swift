/// Text decoded from bytes the way `llmgw cost tokens` reads input: as UTF-8, with each maximal
/// invalid subsequence replaced by U+FFFD, as Python's `bytes.decode("utf-8", errors="replace")`
/// does, and no newline translation.
public struct LossyUTF8Text: Sendable {
    /// The decoded text.
    public let text: String
    /// Whether any bytes were not UTF-8 and were replaced.
    public let replacedInvalidBytes: Bool

    /// Decodes `bytes`.
    public init(_ bytes: [UInt8]) {
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
            replacedInvalidBytes = false
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            replacedInvalidBytes = true
        }
    }
}

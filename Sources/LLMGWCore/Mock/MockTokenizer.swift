/// The mock's deterministic token rule, used for usage counts and for cutting answers into tokens.
///
/// A token is a maximal run of word characters (ASCII letters, digits, `_`, and any non-ASCII
/// character) or a maximal run of other visible characters (punctuation); whitespace separates
/// tokens and is not counted. `Hello, world!` is 4 tokens: `Hello`, `,`, `world`, `!`.
public enum MockTokenizer {
    /// The number of tokens in `text` by the rule above.
    public static func count(_ text: String) -> Int {
        var count = 0
        var previous = ByteClass.space
        for byte in text.utf8 {
            let current = ByteClass(byte)
            if current != .space, current != previous { count += 1 }
            previous = current
        }
        return count
    }

    /// `text` cut into one piece per token; each piece carries the whitespace before its token
    /// (the last also the whitespace after it), so the pieces join back into `text`.
    /// Text without any token gives no pieces.
    public static func pieces(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var ends: [Int] = []
        var previous = ByteClass.space
        for (offset, byte) in bytes.enumerated() {
            let current = ByteClass(byte)
            if previous != .space, current != previous { ends.append(offset) }
            previous = current
        }
        if previous != .space { ends.append(bytes.count) }
        guard !ends.isEmpty else { return [] }
        ends[ends.count - 1] = bytes.count
        var pieces: [String] = []
        pieces.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return pieces
    }

    private enum ByteClass: Equatable {
        case space, word, punctuation

        init(_ byte: UInt8) {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: self = .space
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x80...: self = .word
            default: self = .punctuation
            }
        }
    }
}

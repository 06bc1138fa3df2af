import Foundation

/// A regular expression on the prompt, compiled once when the config is read.
///
/// A pattern that is plain ASCII text (optionally after `(?i)`) is also kept as bytes, and
/// matched on an ASCII prompt by a byte search, which gives the same answer without the
/// regular-expression engine; anything else goes to `NSRegularExpression`.
public struct PromptPattern: @unchecked Sendable, Hashable {
    /// The expression as written.
    public let pattern: String
    // NSRegularExpression is immutable once built and safe to use from several threads.
    private let regex: NSRegularExpression
    /// The literal text to find, lowercased when case-insensitive; `nil` when the pattern is not plain text.
    private let literal: [UInt8]?
    private let caseInsensitive: Bool

    /// Compiles `pattern` (case-insensitive when it starts with `(?i)`).
    /// - Throws: the compiler's error when the pattern is not a valid regular expression.
    public init(_ pattern: String) throws {
        self.pattern = pattern
        regex = try NSRegularExpression(pattern: pattern)
        var text = Substring(pattern)
        caseInsensitive = text.hasPrefix("(?i)")
        if caseInsensitive { text = text.dropFirst(4) }
        let bytes = Array(text.utf8)
        let special = Set("\\^$.|?*+()[]{}#".utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !special.contains($0) }) {
            literal = caseInsensitive ? bytes.map(Self.lowered) : bytes
        } else {
            literal = nil
        }
    }

    /// Whether the pattern occurs anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        if let literal, let found = Self.find(literal, in: text, caseInsensitive: caseInsensitive) { return found }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `needle` occurs in `text`; `nil` when `text` is not ASCII (case folding of other
    /// scripts is left to the regular-expression engine).
    private static func find(_ needle: [UInt8], in text: String, caseInsensitive: Bool) -> Bool? {
        var text = text
        return text.withUTF8 { haystack -> Bool? in
            var found = false
            let count = needle.count
            var index = 0
            while index < haystack.count {
                let byte = haystack[index]
                if byte >= 0x80 { return nil }
                if !found, index + count <= haystack.count {
                    var offset = 0
                    while offset < count {
                        let other = haystack[index + offset]
                        if (caseInsensitive ? lowered(other) : other) != needle[offset] { break }
                        offset += 1
                    }
                    if offset == count { found = true }
                }
                index += 1
            }
            return found
        }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    public static func == (lhs: PromptPattern, rhs: PromptPattern) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

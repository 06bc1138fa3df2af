import Foundation

/// A regular expression on the prompt, compiled once when the config is read.
public struct PromptPattern: @unchecked Sendable, Hashable {
    /// The expression as written.
    public let pattern: String
    // NSRegularExpression is immutable once built and safe to use from several threads.
    private let regex: NSRegularExpression

    /// Compiles `pattern` (case-insensitive when it starts with `(?i)`).
    /// - Throws: the compiler's error when the pattern is not a valid regular expression.
    public init(_ pattern: String) throws {
        self.pattern = pattern
        regex = try NSRegularExpression(pattern: pattern)
    }

    /// Whether the pattern occurs anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    public static func == (lhs: PromptPattern, rhs: PromptPattern) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

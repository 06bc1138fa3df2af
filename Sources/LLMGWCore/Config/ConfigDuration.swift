import Foundation

/// Reads durations as written in the config and on the command line: `500ms`, `10s`, `2m`, `1h30m`, `1.5s`.
public enum ConfigDuration {
    /// Parses a duration. A bare number is seconds.
    /// - Parameter text: the text, e.g. `10s` or `500ms`.
    /// - Returns: the duration, or `nil` when the text is not one (or is negative).
    public static func parse(_ text: String) -> Duration? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let seconds = Double(text) {
            return seconds >= 0 && seconds.isFinite ? .milliseconds(Int64((seconds * 1000).rounded())) : nil
        }
        var totalMilliseconds = 0.0
        var index = text.startIndex
        while index < text.endIndex {
            let numberStart = index
            while index < text.endIndex, text[index].isNumber || text[index] == "." { index = text.index(after: index) }
            guard let number = Double(text[numberStart..<index]) else { return nil }
            let unitStart = index
            while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
            let factor: Double
            switch text[unitStart..<index] {
            case "ms": factor = 1
            case "s": factor = 1000
            case "m": factor = 60_000
            case "h": factor = 3_600_000
            default: return nil
            }
            totalMilliseconds += number * factor
        }
        return .milliseconds(Int64(totalMilliseconds.rounded()))
    }
}

import Foundation
import LLMGWCore

/// `--since`/`--until` values: a span back from now (`30m`, `12h`, `7d`, `2w`) or a UTC day (`2026-11-01`).
enum ReportWindow {
    /// The moment `text` names, or `nil` when it is not a span or a day.
    static func parse(_ text: String, now: Date) -> Date? {
        if let day = CatalogDate.parse(text) { return day }
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0 else { return nil }
        let seconds: Double
        switch unit {
        case "m": seconds = 60
        case "h": seconds = 3600
        case "d": seconds = 86_400
        case "w": seconds = 604_800
        default: return nil
        }
        return now.addingTimeInterval(-Double(count) * seconds)
    }
}

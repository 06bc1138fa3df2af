import Foundation

/// Calendar days (`YYYY-MM-DD`, UTC) as the catalog writes them.
public enum CatalogDate {
    /// Parses `YYYY-MM-DD` as midnight UTC.
    /// - Parameter text: the day.
    /// - Returns: the date, or `nil` when the text is not a valid day.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts[0].count == 4, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// Writes `date` as `YYYY-MM-DD` in UTC.
    /// - Parameter date: the moment.
    /// - Returns: its UTC day.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

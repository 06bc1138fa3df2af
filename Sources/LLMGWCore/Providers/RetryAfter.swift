import struct Foundation.Date
import struct Foundation.TimeInterval

/// The wait a provider asks for before the next attempt, read from response headers.
///
/// `retry-after-ms` (milliseconds) wins over `retry-after`, which is either whole seconds or an
/// HTTP date (RFC 9110 §10.2.3: IMF-fixdate, or the obsolete RFC 850 and asctime forms). Values
/// are returned as given; whether to honour a long wait is the executor's decision.
public enum RetryAfter {
    /// The requested wait in seconds, or `nil` when no header gives a usable one.
    /// - Parameters:
    ///   - headers: the response headers.
    ///   - now: the current time, to turn an HTTP date into a wait.
    /// - Returns: a wait ≥ 0 seconds (a date in the past gives 0), or `nil`.
    public static func seconds(from headers: HTTPHeaders, now: Date = Date()) -> TimeInterval? {
        if let milliseconds = headers["retry-after-ms"].flatMap(parseNumber) {
            return milliseconds / 1000
        }
        guard let value = headers["retry-after"].map(trimmed), !value.isEmpty else { return nil }
        if let seconds = parseNumber(value) { return seconds }
        guard let date = httpDate(value) else { return nil }
        return max(0, date - now.timeIntervalSince1970)
    }

    /// A non-negative decimal number of units, or `nil`.
    static func parseNumber(_ text: String) -> Double? {
        let trimmed = trimmed(text)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Double(trimmed), value.isFinite, value >= 0
        else { return nil }
        return value
    }

    /// Seconds since 1970 for an HTTP date, or `nil` when the text is not one.
    /// Accepts `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` and
    /// `Sun Nov  6 08:49:37 1994`.
    static func httpDate(_ text: String) -> TimeInterval? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        let day: Int?
        let month: Int?
        var year: Int?
        let time: String
        if tokens.count == 6, tokens[5] == "GMT" {
            // IMF-fixdate or RFC 850: weekday, day, month, year, time, GMT.
            day = Int(tokens[1])
            month = monthNumber(tokens[2])
            year = Int(tokens[3])
            time = tokens[4]
            if let short = year, tokens[3].count == 2 { year = short < 70 ? 2000 + short : 1900 + short }
        } else if tokens.count == 5 {
            // asctime: weekday, month, day, time, year.
            month = monthNumber(tokens[1])
            day = Int(tokens[2])
            time = tokens[3]
            year = Int(tokens[4])
        } else {
            return nil
        }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard let day, let month, let year, clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]),
            (0...59).contains(clock[1]), (0...60).contains(clock[2])
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return TimeInterval(days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2])
    }

    /// The text without leading and trailing spaces and tabs.
    private static func trimmed(_ text: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isBlank($0) }), let end = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[start...end])
    }

    private static func monthNumber(_ name: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

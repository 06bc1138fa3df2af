import Foundation
import Testing

@testable import LLMGWCore

@Suite struct RetryAfterTests {
    /// 1994-11-06 08:49:37 UTC.
    let now = Date(timeIntervalSince1970: 784_111_777)

    @Test func millisecondsWinOverSeconds() async throws {
        #expect(RetryAfter.seconds(from: ["retry-after-ms": "250", "retry-after": "30"], now: now) == 0.25)
        #expect(RetryAfter.seconds(from: ["Retry-After-Ms": "1500"], now: now) == 1.5)
    }

    @Test func secondsAndGarbage() async throws {
        #expect(RetryAfter.seconds(from: ["retry-after": "30"], now: now) == 30)
        #expect(RetryAfter.seconds(from: ["retry-after": " 2 "], now: now) == 2)
        #expect(RetryAfter.seconds(from: ["retry-after": "0"], now: now) == 0)
        #expect(RetryAfter.seconds(from: ["retry-after": "-5"], now: now) == nil)
        #expect(RetryAfter.seconds(from: ["retry-after": "soon"], now: now) == nil)
        #expect(RetryAfter.seconds(from: ["retry-after-ms": "x", "retry-after": "4"], now: now) == 4)
        #expect(RetryAfter.seconds(from: [:], now: now) == nil)
    }

    @Test func httpDatesInAllThreeForms() async throws {
        #expect(RetryAfter.seconds(from: ["retry-after": "Sun, 06 Nov 1994 08:50:07 GMT"], now: now) == 30)
        #expect(RetryAfter.seconds(from: ["retry-after": "Sunday, 06-Nov-94 08:49:47 GMT"], now: now) == 10)
        #expect(RetryAfter.seconds(from: ["retry-after": "Sun Nov  6 08:49:42 1994"], now: now) == 5)
        // A date in the past means "now".
        #expect(RetryAfter.seconds(from: ["retry-after": "Sat, 05 Nov 1994 08:49:37 GMT"], now: now) == 0)
        #expect(RetryAfter.seconds(from: ["retry-after": "Sun, 32 Nov 1994 08:49:37 GMT"], now: now) == nil)
    }

    @Test func datesAcrossLeapYearsMatchFoundation() async throws {
        let date = try #require(RetryAfter.httpDate("Thu, 29 Feb 2024 23:59:59 GMT"))
        #expect(date == 1_709_251_199)
        #expect(RetryAfter.httpDate("Sat, 01 Jan 2000 00:00:00 GMT") == 946_684_800)
    }
}

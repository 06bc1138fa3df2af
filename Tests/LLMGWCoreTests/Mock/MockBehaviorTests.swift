import LLMGWCore
import Testing

@Suite struct MockBehaviorTests {
    @Test func parsesErrorRatesFaultsAndDurations() throws {
        let rate = try MockBehavior.parseErrorRate("429=0.1")
        #expect(rate.status == 429 && rate.probability == 0.1)
        #expect(try MockBehavior.parseErrorRate("503=5%").probability == 0.05)
        let fault = try MockBehavior.parseFault("Truncate=0.05")
        #expect(fault.fault == .truncate && fault.probability == 0.05)
        #expect(try MockBehavior.parseDuration("200ms") == .milliseconds(200))
        #expect(try MockBehavior.parseDuration("1.5s") == .milliseconds(1500))
        #expect(try MockBehavior.parseDuration("2") == .seconds(2))
    }

    @Test func rejectsBadValuesWithClearMessages() {
        #expect(throws: MockError.invalidErrorRate("429", reason: "missing '='")) {
            try MockBehavior.parseErrorRate("429")
        }
        #expect(throws: MockError.self) { try MockBehavior.parseErrorRate("200=0.1") }
        #expect(throws: MockError.self) { try MockBehavior.parseErrorRate("500=1.5") }
        #expect(throws: MockError.self) { try MockBehavior.parseFault("explode=0.1") }
        #expect(throws: MockError.invalidDuration("-1s")) { try MockBehavior.parseDuration("-1s") }
        #expect(throws: MockError.self) { try MockBehavior.parseDuration("fast") }
        let message = MockError.invalidFault("explode=0.1", reason: "unknown fault 'explode'").description
        #expect(message.contains("disconnect, truncate, stall, malformed"))
    }

    @Test func validateChecksTotalsAndRanges() throws {
        try MockBehavior(errorRates: [429: 0.5, 503: 0.5], faults: [.stall: 1]).validate()
        #expect(throws: MockError.self) { try MockBehavior(errorRates: [429: 0.7, 503: 0.5]).validate() }
        #expect(throws: MockError.self) { try MockBehavior(faults: [.stall: 0.7, .truncate: 0.7]).validate() }
        #expect(throws: MockError.self) { try MockBehavior(tokensPerSecond: 0).validate() }
        #expect(throws: MockError.self) { try MockBehavior(outputTokens: -1).validate() }
    }
}

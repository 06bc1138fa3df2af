import Testing

@testable import LLMGWCore

@Suite struct BackoffTests {
    let backoff = Backoff(base: .milliseconds(500), max: .seconds(8))

    @Test func fullJitterSpansZeroToTheDoublingCeiling() {
        #expect(backoff.delay(retry: 0, random: FixedRandom([0])) == .zero)
        #expect(backoff.delay(retry: 0, random: FixedRandom([0.5])) == .milliseconds(250))
        #expect(backoff.delay(retry: 1, random: FixedRandom([0.5])) == .milliseconds(500))
        #expect(backoff.delay(retry: 3, random: FixedRandom([0.999])) == .milliseconds(3996))
    }

    @Test func theCeilingIsCapped() {
        #expect(backoff.delay(retry: 10, random: FixedRandom([0.5])) == .seconds(4))
        #expect(backoff.delay(retry: 100, random: FixedRandom([0.5])) == .seconds(4))
    }

    @Test func retryAfterIsAFloor() {
        #expect(backoff.delay(retry: 0, retryAfter: .seconds(2), random: FixedRandom([0.5])) == .seconds(2))
        #expect(backoff.delay(retry: 4, retryAfter: .milliseconds(1), random: FixedRandom([0.5])) == .seconds(4))
    }
}

import Testing

@testable import LLMGWCore

@Suite struct CircuitBreakerTests {
    static let settings = BreakerSettings(
        failureThreshold: 3, cooldown: .seconds(30), halfOpenSuccesses: 1, ramp: .seconds(10))
    static let failure = ProviderError.server(status: 500, message: "boom")

    @Test func opensAfterConsecutiveFailuresOnly() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(settings: Self.settings, clock: clock, random: FixedRandom([0]))
        await breaker.recordFailure("a/x", error: Self.failure)
        await breaker.recordFailure("a/x", error: Self.failure)
        await breaker.recordSuccess("a/x")
        await breaker.recordFailure("a/x", error: Self.failure)
        await breaker.recordFailure("a/x", error: Self.failure)
        #expect(await breaker.state(of: "a/x") == .closed(admitShare: 1), "a success resets the count")
        await breaker.recordFailure("a/x", error: Self.failure)
        #expect(await breaker.state(of: "a/x") == .open(retryIn: .seconds(30)))
        #expect(await breaker.admit("a/x") == .open(retryIn: .seconds(30)))
    }

    @Test func clientErrorsDoNotCount() async {
        let breaker = CircuitBreaker(settings: Self.settings, clock: VirtualClock())
        for _ in 0..<5 { await breaker.recordFailure("a/x", error: .badRequest(message: "no")) }
        #expect(await breaker.state(of: "a/x") == .closed(admitShare: 1))
    }

    @Test func halfOpenAdmitsOneProbeAndASuccessClosesWithARamp() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(settings: Self.settings, clock: clock, random: FixedRandom([0.5]))
        for _ in 0..<3 { await breaker.recordFailure("a/x", error: Self.failure) }
        clock.advance(.seconds(30))
        #expect(await breaker.state(of: "a/x") == .halfOpen)
        #expect(await breaker.admit("a/x") == nil, "the probe goes through")
        #expect(await breaker.admit("a/x") == .halfOpen, "only one probe at a time")
        await breaker.recordSuccess("a/x")
        #expect(await breaker.state(of: "a/x") == .closed(admitShare: 0.1))
        #expect(await breaker.admit("a/x") == .closed(admitShare: 0.1), "ramping: 10% admitted, roll 0.5 refused")
        clock.advance(.seconds(5))
        guard case .closed(let share) = await breaker.state(of: "a/x") else {
            Issue.record("expected closed while ramping")
            return
        }
        #expect(abs(share - 0.55) < 1e-9)
        #expect(await breaker.admit("a/x") == nil, "roll 0.5 is under the 55% share")
        clock.advance(.seconds(5))
        #expect(await breaker.state(of: "a/x") == .closed(admitShare: 1))
    }

    @Test func aFailedProbeReopens() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(settings: Self.settings, clock: clock)
        for _ in 0..<3 { await breaker.recordFailure("a/x", error: Self.failure) }
        clock.advance(.seconds(31))
        #expect(await breaker.admit("a/x") == nil)
        await breaker.recordFailure("a/x", error: .timeout(message: "slow"))
        #expect(await breaker.state(of: "a/x") == .open(retryIn: .seconds(30)))
    }

    @Test func aFailureWhileRampingReopensAtOnce() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(settings: Self.settings, clock: clock)
        for _ in 0..<3 { await breaker.recordFailure("a/x", error: Self.failure) }
        clock.advance(.seconds(30))
        _ = await breaker.admit("a/x")
        await breaker.recordSuccess("a/x")
        clock.advance(.seconds(2))
        await breaker.recordFailure("a/x", error: Self.failure)
        #expect(await breaker.state(of: "a/x") == .open(retryIn: .seconds(30)))
    }

    @Test func a429MarksRateLimitedForRetryAfterNotBroken() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(settings: Self.settings, clock: clock)
        for _ in 0..<5 { await breaker.recordFailure("a/x", error: .rateLimited(message: "slow", retryAfter: 2)) }
        #expect(await breaker.state(of: "a/x") == .rateLimited(retryIn: .seconds(2)))
        clock.advance(.seconds(2))
        #expect(await breaker.state(of: "a/x") == .closed(admitShare: 1), "free again, and never opened")
    }

    @Test func routeSettingsOverrideTheDefaults() async {
        let clock = VirtualClock()
        let breaker = CircuitBreaker(clock: clock)
        let strict = BreakerSettings(failureThreshold: 1, cooldown: .seconds(5))
        await breaker.recordFailure("a/x", error: Self.failure, settings: strict)
        #expect(await breaker.state(of: "a/x") == .open(retryIn: .seconds(5)))
        #expect(await breaker.snapshot()["a/x"] == .open(retryIn: .seconds(5)))
    }
}

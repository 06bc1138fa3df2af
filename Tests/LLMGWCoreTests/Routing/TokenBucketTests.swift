import Testing

@testable import LLMGWCore

@Suite struct TokenBucketTests {
    @Test func burstsUpToCapacityThenRefillsAtTheRate() {
        var bucket = TokenBucket(perMinute: 60, now: .zero)
        var taken = 0
        for _ in 0..<60 where bucket.take(1, now: .zero) { taken += 1 }
        #expect(taken == 60)
        let overBurst = bucket.take(1, now: .zero)
        #expect(!overBurst)
        #expect(bucket.wait(for: 1, now: .zero) == .seconds(1))
        let afterASecond = bucket.take(1, now: .seconds(1))
        #expect(afterASecond)
        #expect(bucket.wait(for: 2, now: .seconds(1)) == .seconds(2))
    }

    @Test func neverHoldsMoreThanCapacity() {
        var bucket = TokenBucket(perMinute: 10, now: .zero)
        bucket.refill(now: .seconds(3600))
        #expect(bucket.available == 10)
        #expect(bucket.wait(for: 1000, now: .seconds(3600)) == .zero, "a take larger than the burst is capped")
    }
}

@Suite struct RateLimiterTests {
    @Test func waitsInsteadOfExceedingRequestsPerMinute() async {
        let clock = VirtualClock()
        let limiter = RateLimiter(limits: ["a": RateLimit(requestsPerMinute: 2)], clock: clock)
        #expect(await limiter.acquire("a/x", tokens: 1) == .zero)
        #expect(await limiter.acquire("a/y", tokens: 1) == .zero)
        #expect(await limiter.acquire("a/x", tokens: 1) == .seconds(30), "the provider limit covers all its models")
        #expect(await limiter.acquire("b/x", tokens: 1) == .zero, "other providers are not limited")
    }

    @Test func tokensPerMinutePerModel() async {
        let clock = VirtualClock()
        let limiter = RateLimiter(limits: ["a/x": RateLimit(tokensPerMinute: 600)], clock: clock)
        #expect(await limiter.acquire("a/x", tokens: 500) == .zero)
        #expect(await limiter.wait("a/x", tokens: 200) == .seconds(10))
        #expect(await limiter.acquire("a/x", tokens: 200) == .seconds(10))
        #expect(clock.slept == [.seconds(10)])
    }
}

@Suite struct ConcurrencyLimiterTests {
    @Test func capsInFlightPerProviderAndCountsPerModel() async {
        let limiter = ConcurrencyLimiter(limits: ["a": 2])
        #expect(await limiter.tryAcquire("a/x"))
        #expect(await limiter.tryAcquire("a/y"))
        #expect(await !limiter.tryAcquire("a/x"))
        #expect(await limiter.tryAcquire("b/x"))
        #expect(await limiter.snapshot() == ["a/x": 1, "a/y": 1, "b/x": 1])
        await limiter.release("a/y")
        #expect(await limiter.tryAcquire("a/x"))
        #expect(await limiter.snapshot()["a/x"] == 2)
    }

    @Test func aWaiterGetsTheFreedSlot() async {
        let limiter = ConcurrencyLimiter(limits: ["a/x": 1])
        await limiter.acquire("a/x")
        let waiter = Task { await limiter.acquire("a/x") }
        while await limiter.snapshot()["a/x"] == 1, await !limiter.hasWaiters { await Task.yield() }
        await limiter.release("a/x")
        await waiter.value
        #expect(await limiter.snapshot()["a/x"] == 1)
        #expect(await !limiter.tryAcquire("a/x"))
    }
}

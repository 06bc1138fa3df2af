import Foundation
import Synchronization
import Testing

@testable import LLMGWCore

/// A token counter that records how often it was asked.
final class RecordingCounter: Sendable {
    private let calls = Mutex(0)
    let tokens: Int

    init(tokens: Int) { self.tokens = tokens }

    var count: Int { calls.withLock { $0 } }

    func profile(_ request: ChatRequest, tags: [String] = []) -> RequestProfile {
        RequestProfile(request: request, tags: tags) {
            self.calls.withLock { $0 += 1 }
            return self.tokens
        }
    }
}

@Suite struct RequestProfileTests {
    static let request = ChatRequest(model: "", messages: [.text(.user, "hi")])

    @Test func aPlainModelIsPlannedWithoutCountingTokens() throws {
        let router = try RoutingFixture.router("")
        let counter = RecordingCounter(tokens: 5)
        let plan = try router.plan("a/m", profile: counter.profile(Self.request))
        #expect(plan.pick?.reference == "a/m")
        #expect(counter.count == 0)
        #expect(plan.pick?.estimatedCostMicros == nil)
        #expect(plan.profile?.isInputTokensKnown == false)
    }

    @Test func aFallbackRouteWithoutWindowsOrRulesDoesNotCount() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/x: { price: { input: 1, output: 2 } }
            routes:
              r: { targets: [a/x, b/y] }
            """)
        let counter = RecordingCounter(tokens: 5)
        let plan = try router.plan("r", profile: counter.profile(Self.request), overrides: RouteOverrides(maxPrice: 3))
        #expect(plan.eligible.map(\.reference) == ["a/x"])
        #expect(counter.count == 0)
    }

    @Test func aTokenRuleCountsOnceAndCostsFollow() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/long: { price: { input: 1, output: 1 } }
            routes:
              smart:
                strategy: conditional
                rules:
                  - { when: { input_tokens: ">8000" }, use: a/long }
                  - { when: { input_tokens: ">9000" }, use: a/long }
                  - { use: b/short }
            """)
        let counter = RecordingCounter(tokens: 9500)
        let profile = counter.profile(Self.request)
        let plan = try router.plan("smart", profile: profile)
        #expect(plan.pick?.reference == "a/long")
        #expect(counter.count == 1)
        #expect(plan.pick?.estimatedCostMicros == 10_000, "9500 × 1 + 500 × 1 micro-dollars")
        _ = try router.plan("smart", profile: profile)
        #expect(counter.count == 1, "copies of a profile share one count")
    }

    @Test func aRuleThatFailsOnSomethingElseDoesNotCount() throws {
        let router = try RoutingFixture.router(
            """
            routes:
              smart:
                strategy: conditional
                rules:
                  - { when: { tags: [batch], input_tokens: ">10" }, use: a/batch }
                  - { use: b/default }
            """)
        let counter = RecordingCounter(tokens: 50)
        let plan = try router.plan("smart", profile: counter.profile(Self.request))
        #expect(plan.pick?.reference == "b/default")
        #expect(counter.count == 0)
        let tagged = try router.plan("smart", profile: counter.profile(Self.request, tags: ["batch"]))
        #expect(tagged.pick?.reference == "a/batch")
        #expect(counter.count == 1)
    }

    @Test func aKnownContextWindowOrAPriceOrderCounts() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/small: { context: 100 }
              b/y: { price: { input: 1, output: 1 } }
            routes:
              r: { targets: [a/small, b/y] }
              cheap: { strategy: cheapest, targets: [b/y, c/z] }
            """)
        let counter = RecordingCounter(tokens: 200)
        let plan = try router.plan("r", profile: counter.profile(Self.request))
        #expect(plan.skipped == [SkippedTarget(target: "a/small", reason: .contextTooSmall(needed: 200, window: 100))])
        #expect(counter.count == 1)
        let priced = RecordingCounter(tokens: 200)
        let cheap = try router.plan("cheap", profile: priced.profile(Self.request))
        #expect(cheap.eligible.map(\.reference) == ["b/y", "c/z"])
        #expect(priced.count == 1)
        let sorted = RecordingCounter(tokens: 200)
        _ = try router.plan("a/m", profile: sorted.profile(Self.request), overrides: RouteOverrides(sort: .price))
        #expect(sorted.count == 0, "nothing priced, nothing to count")
    }

    @Test func profilesCompareByTheirCount() {
        let request = Self.request
        let counted = RequestProfile(request: request) { 7 }
        var given = RequestProfile(inputTokens: 7, prompt: "hi")
        #expect(counted == given)
        given.inputTokens = 8
        #expect(counted != given)
        #expect(counted.hashValue == RequestProfile(request: request) { 9 }.hashValue)
    }
}

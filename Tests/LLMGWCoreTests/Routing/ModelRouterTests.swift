import Foundation
import Testing

@testable import LLMGWCore

@Suite struct ModelRouterTests {
    @Test func fallbackKeepsTheWrittenOrder() throws {
        let router = try RoutingFixture.router("routes:\n  r: { targets: [b/x, a/y, c/z] }\n")
        let plan = try router.plan("r", profile: RoutingFixture.profile())
        #expect(plan.eligible.map(\.reference) == ["b/x", "a/y", "c/z"])
        #expect(plan.pick?.reference == "b/x")
        #expect(plan.strategy == "fallback")
    }

    @Test func aPlainModelIsADirectPlanWithFallbacksAppended() throws {
        let router = try RoutingFixture.router("")
        let plan = try router.plan(
            "a/m", profile: RoutingFixture.profile(), overrides: RouteOverrides(fallbacks: ["b/n", "a/m"]))
        #expect(plan.eligible.map(\.reference) == ["a/m", "b/n"])
        #expect(plan.skipped == [SkippedTarget(target: "a/m", reason: .duplicate)])
        #expect(plan.route == nil)
    }

    @Test func weightedDrawFollowsTheRollAndOrdersTheRestByWeight() throws {
        let router = try RoutingFixture.router(
            """
            routes:
              canary:
                strategy: weighted
                targets: [{ model: a/x, weight: 90 }, { model: b/y, weight: 10 }, { model: c/z, weight: 0 }]
            """)
        let low = try router.plan("canary", profile: RoutingFixture.profile(), roll: 0.5)
        #expect(low.eligible.map(\.reference) == ["a/x", "b/y", "c/z"])
        let high = try router.plan("canary", profile: RoutingFixture.profile(), roll: 0.95)
        #expect(high.eligible.map(\.reference) == ["b/y", "a/x", "c/z"])
        let top = try router.plan("canary", profile: RoutingFixture.profile(), roll: 0.999_999)
        #expect(top.pick?.reference == "b/y", "a zero weight is never drawn")
    }

    @Test func weightedSharesMatchTheWeightsOverManyRolls() throws {
        let router = try RoutingFixture.router(
            "routes:\n  w: { strategy: weighted, targets: [{ model: a/x, weight: 3 }, { model: b/y, weight: 1 }] }\n")
        var picks: [String: Int] = [:]
        for step in 0..<1000 {
            let plan = try router.plan("w", profile: RoutingFixture.profile(), roll: Double(step) / 1000)
            picks[plan.pick!.reference, default: 0] += 1
        }
        #expect(picks["a/x"] == 750)
        #expect(picks["b/y"] == 250)
    }

    @Test func stickyKeyGivesTheSamePickWhateverTheRoll() throws {
        let router = try RoutingFixture.router(
            "routes:\n  w: { strategy: weighted, targets: [{ model: a/x, weight: 1 }, { model: b/y, weight: 1 }] }\n")
        var picksPerKey: [String: Set<String>] = [:]
        for key in ["user-1", "user-2", "user-3", "user-4", "user-5", "user-6"] {
            for roll in [0.0, 0.3, 0.7, 0.99] {
                let plan = try router.plan(
                    "w", profile: RoutingFixture.profile(), overrides: RouteOverrides(stickyKey: key), roll: roll)
                picksPerKey[key, default: []].insert(plan.pick!.reference)
            }
        }
        #expect(picksPerKey.values.allSatisfy { $0.count == 1 })
        #expect(Set(picksPerKey.values.flatMap { $0 }).count == 2, "different keys spread over both targets")
        #expect(WeightedPolicy.stickyRoll(key: "k", route: "w") == WeightedPolicy.stickyRoll(key: "k", route: "w"))
    }

    @Test func cheapestOrdersByEstimatedCostWithUnknownPricesLast() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/x: { price: { input: 5, output: 15 } }
              b/y: { price: { input: 0.1, output: 0.4 } }
            routes:
              cheap: { strategy: cheapest, targets: [c/unpriced, a/x, b/y] }
            """)
        let plan = try router.plan("cheap", profile: RoutingFixture.profile(tokens: 1000))
        #expect(plan.eligible.map(\.reference) == ["b/y", "a/x", "c/unpriced"])
        // 1000 × 0.1 + 500 × 0.4 micro-dollars.
        #expect(plan.pick?.estimatedCostMicros == 300)
    }

    @Test func fastestExploresUnknownTargetsThenPrefersLowTTFT() throws {
        let router = try RoutingFixture.router("routes:\n  f: { strategy: fastest, targets: [a/x, b/y, c/z] }\n")
        let health = RouteHealth(latency: [
            "a/x": LatencyStat(ttft: .milliseconds(300), latency: .seconds(1)),
            "b/y": LatencyStat(ttft: .milliseconds(100), latency: .seconds(1)),
        ])
        let plan = try router.plan("f", profile: RoutingFixture.profile(), health: health)
        #expect(plan.eligible.map(\.reference) == ["c/z", "b/y", "a/x"])
        #expect(router.needsLatency("f", sort: nil))
    }

    @Test func leastBusyPrefersFewestInFlight() throws {
        let router = try RoutingFixture.router("routes:\n  l: { strategy: least-busy, targets: [a/x, b/y, c/z] }\n")
        let plan = try router.plan(
            "l", profile: RoutingFixture.profile(), health: RouteHealth(inFlight: ["a/x": 3, "b/y": 1, "c/z": 1]))
        #expect(plan.eligible.map(\.reference) == ["b/y", "c/z", "a/x"])
    }

    static let conditional = """
        routes:
          smart:
            strategy: conditional
            rules:
              - { when: { input_tokens: ">8000" }, use: a/long }
              - { when: { prompt: "(?i)translate" }, use: b/translator }
              - { when: { tags: [batch], metadata: { team: search } }, use: c/batch }
              - { when: { capabilities: [tools] }, use: a/tools }
              - { use: b/default }
        """

    @Test func conditionalRulesMatchOnSizePromptTagsAndCapabilities() throws {
        let router = try RoutingFixture.router(Self.conditional)
        let long = try router.plan("smart", profile: RoutingFixture.profile(tokens: 9000))
        #expect(long.eligible.map(\.reference) == ["a/long", "b/default"])
        let translate = try router.plan("smart", profile: RoutingFixture.profile(prompt: "Please TRANSLATE this"))
        #expect(translate.pick?.reference == "b/translator")
        var tagged = RoutingFixture.profile()
        tagged.tags = ["batch"]
        tagged.metadata = ["team": "search"]
        #expect(try router.plan("smart", profile: tagged).pick?.reference == "c/batch")
        tagged.metadata = ["team": "ads"]
        #expect(try router.plan("smart", profile: tagged).pick?.reference == "b/default")
        var tools = RoutingFixture.profile()
        tools.needsTools = true
        #expect(try router.plan("smart", profile: tools).pick?.reference == "a/tools")
        let plain = try router.plan("smart", profile: RoutingFixture.profile())
        #expect(plain.pick?.reference == "b/default")
        #expect(plain.skipped.contains(SkippedTarget(target: "a/long", reason: .ruleNotMatched(rule: 1))))
    }

    @Test func capabilityFilteringSkipsTargetsWithoutToolsVisionOrContext() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/small: { context: 1000, tools: false }
              b/novision: { vision: false, context: 100000 }
            routes:
              r: { targets: [a/small, b/novision, c/any] }
            """)
        var profile = RoutingFixture.profile(tokens: 2000)
        var plan = try router.plan("r", profile: profile)
        #expect(plan.eligible.map(\.reference) == ["b/novision", "c/any"])
        #expect(
            plan.skipped == [SkippedTarget(target: "a/small", reason: .contextTooSmall(needed: 2000, window: 1000))])
        profile = RoutingFixture.profile(tokens: 10)
        profile.needsTools = true
        profile.needsVision = true
        plan = try router.plan("r", profile: profile)
        #expect(plan.eligible.map(\.reference) == ["c/any"])
        #expect(
            plan.skipped == [
                SkippedTarget(target: "a/small", reason: .missingCapability("tools")),
                SkippedTarget(target: "b/novision", reason: .missingCapability("vision")),
            ])
    }

    @Test func overridesFilterProvidersAndPrices() throws {
        let router = try RoutingFixture.router(
            """
            models:
              a/x: { price: { input: 5, output: 15 } }
              b/y: { price: { input: 0.1, output: 0.4 } }
            routes:
              r: { targets: [a/x, b/y, c/z] }
            """)
        let only = try router.plan(
            "r", profile: RoutingFixture.profile(), overrides: RouteOverrides(onlyProviders: ["b"]))
        #expect(only.eligible.map(\.reference) == ["b/y"])
        let ignore = try router.plan(
            "r", profile: RoutingFixture.profile(), overrides: RouteOverrides(ignoredProviders: ["a"]))
        #expect(ignore.eligible.map(\.reference) == ["b/y", "c/z"])
        let price = try router.plan("r", profile: RoutingFixture.profile(), overrides: RouteOverrides(maxPrice: 1))
        #expect(price.eligible.map(\.reference) == ["b/y"])
        #expect(price.skipped.map(\.reason.code) == ["over_max_price", "over_max_price"])
        let sorted = try router.plan("r", profile: RoutingFixture.profile(), overrides: RouteOverrides(sort: .price))
        #expect(sorted.eligible.map(\.reference) == ["b/y", "a/x", "c/z"])
    }

    @Test func openCircuitsAndRateLimitedTargetsAreSkippedHalfOpenIsNot() throws {
        let router = try RoutingFixture.router("routes:\n  r: { targets: [a/x, b/y, c/z] }\n")
        let health = RouteHealth(circuits: [
            "a/x": .open(retryIn: .seconds(10)), "b/y": .rateLimited(retryIn: .seconds(2)), "c/z": .halfOpen,
        ])
        let plan = try router.plan("r", profile: RoutingFixture.profile(), health: health)
        #expect(plan.eligible.map(\.reference) == ["c/z"])
        #expect(plan.skipped.map(\.reason.code) == ["circuit_open", "rate_limited"])
    }

    @Test func nestedRoutesExpandInPlace() throws {
        let router = try RoutingFixture.router(
            """
            routes:
              inner: { strategy: cheapest, targets: [a/x, b/y] }
              outer: { targets: [c/z, inner, a/x] }
            models:
              a/x: { price: { input: 2, output: 2 } }
              b/y: { price: { input: 1, output: 1 } }
            """)
        let plan = try router.plan("outer", profile: RoutingFixture.profile())
        #expect(plan.eligible.map(\.reference) == ["c/z", "b/y", "a/x"])
        #expect(plan.candidates.first { $0.reference == "b/y" }?.via == ["outer", "inner"])
        #expect(plan.skipped == [SkippedTarget(target: "a/x", reason: .duplicate)])
    }

    @Test func unresolvableTargetsAreSkippedWithTheReason() throws {
        let router = try RoutingFixture.router("routes:\n  r: { targets: [openai/gpt-4o-mini, a/x] }\n")
        let plan = try router.plan("r", profile: RoutingFixture.profile())
        #expect(plan.pick?.reference == "a/x")
        #expect(plan.skipped.first?.reason.isKeyProblem == true)
    }

    @Test func unknownReferenceThrowsTheResolveError() throws {
        let router = try RoutingFixture.router("")
        #expect(throws: RoutingError.self) { try router.plan("nosuch", profile: RoutingFixture.profile()) }
    }

    @Test func profileMeasuresTheRequest() {
        let request = ChatRequest(
            model: "",
            messages: [ChatMessage(role: .user, content: [.text("hello"), .image(.url("https://x/y.png"))])],
            maxTokens: 100, tools: [ToolDefinition(name: "f")], responseFormat: .jsonObject)
        let profile = RequestProfile(request: request, tags: ["batch", "team=search"])
        #expect(profile.needsTools && profile.needsVision && profile.needsJSON)
        #expect(profile.tags == ["batch"])
        #expect(profile.metadata == ["team": "search"])
        #expect(profile.contextNeeded == profile.inputTokens + 100)
        #expect(profile.prompt == "hello")
    }

    @Test func tokenComparisonsParse() {
        #expect(TokenComparison.parse(">8000") == TokenComparison(.greater, 8000))
        #expect(TokenComparison.parse("<= 2k") == TokenComparison(.lessOrEqual, 2000))
        #expect(TokenComparison.parse("4000") == TokenComparison(.greaterOrEqual, 4000))
        #expect(TokenComparison.parse("lots") == nil)
    }
}

import Foundation
import Testing

@testable import LLMGWCore

@Suite struct ResponseCacheTests {
    static func result(_ text: String) -> ChatResult {
        var result = ChatResult()
        result.apply(.textDelta(text))
        result.apply(.usage(Usage(inputTokens: 3, outputTokens: 2)))
        result.apply(.finish(.stop))
        return result
    }

    @Test func storesAndServesUntilTheTTL() throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let now = LockedBox(Date(timeIntervalSince1970: 1_000_000))
        let cache = ResponseCache(database: database, ttl: .seconds(60), now: { now.get() })
        #expect(cache.lookup("k") == nil)
        cache.store("k", target: "a/x", result: Self.result("hello"))
        let hit = try #require(cache.lookup("k"))
        #expect(hit.target == "a/x")
        #expect(hit.result == Self.result("hello"))
        now.set(now.get().addingTimeInterval(61))
        #expect(cache.lookup("k") == nil, "expired")
    }

    @Test func fingerprintsDependOnEverythingThatShapesTheAnswer() {
        let base = ChatRequest(model: "", messages: [.text(.user, "hi")], temperature: 0)
        var other = base
        other.messages = [.text(.user, "hi!")]
        var hotter = base
        hotter.temperature = 0.5
        let key = RequestFingerprint.key(base, reference: "r")
        #expect(key.count == 32)
        #expect(key == RequestFingerprint.key(base, reference: "r"))
        #expect(key != RequestFingerprint.key(base, reference: "s"))
        #expect(key != RequestFingerprint.key(other, reference: "r"))
        #expect(key != RequestFingerprint.key(hotter, reference: "r"))
    }

    @Test func executorServesDeterministicRepeatsFromTheCache() async throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let calls = LockedBox<[String]>([])
        let base = try RoutingFixture.executor("", clock: VirtualClock(), calls: calls) { _, _ in .ok("cached answer") }
        let executor = RouteExecutor(
            router: base.router, executor: base.executor, cache: ResponseCache(database: database),
            clock: VirtualClock())
        var request = RoutingFixture.request
        request.temperature = 0
        for _ in 0..<2 {
            let plan = try await executor.plan(request, reference: "a/x", options: RouteCallOptions())
            let report = try await executor.execute(request, plan: plan, options: RouteCallOptions())
            #expect(report.result.text == "cached answer")
        }
        #expect(calls.get() == ["a"], "the second call came from the cache")
        let bypass = RouteCallOptions(cache: .disabled)
        let plan = try await executor.plan(request, reference: "a/x", options: bypass)
        let report = try await executor.execute(request, plan: plan, options: bypass)
        #expect(!report.cacheHit)
        #expect(calls.get() == ["a", "a"])
        request.temperature = 1
        let warm = try await executor.plan(request, reference: "a/x", options: RouteCallOptions())
        _ = try await executor.execute(request, plan: warm, options: RouteCallOptions())
        #expect(calls.get().count == 3, "a non-deterministic request is not cached without --cache")
    }

    @Test func latencyStatsDecayTowardRecentCalls() async throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let now = Date()
        let log = RequestLog(database: database)
        for (age, ttft) in [(7200.0, 1000), (0.0, 100)] {
            log.record(
                RequestRecord(
                    startedAt: now.addingTimeInterval(-age), command: "chat", provider: "a", model: "x", status: .ok,
                    outputTokens: 100, latencyMs: ttft + 1000, ttftMs: ttft))
        }
        await log.flush()
        let stats = LatencyStats(database: database, halfLife: .seconds(3600)).snapshot(now: now)
        let stat = try #require(stats["a/x"])
        // Weights 1 and 0.25: (100 + 0.25 × 1000) / 1.25 = 280 ms.
        #expect(stat.ttft == .milliseconds(280))
        #expect(stat.samples == 2)
        #expect(stat.tokensPerSecond.map { abs($0 - 100) < 0.001 } == true)
    }
}

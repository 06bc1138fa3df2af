import Testing

@testable import LLMGWCore

@Suite struct RouteExecutorTests {
    static let twoTargets = "routes:\n  r: { targets: [a/x, b/y] }\n"

    func run(
        _ executor: RouteExecutor, options: RouteCallOptions = RouteCallOptions(), reference: String = "r",
        onNotice: (String) -> Void = { _ in }
    ) async throws -> CallReport {
        let plan = try await executor.plan(RoutingFixture.request, reference: reference, options: options)
        return try await executor.execute(RoutingFixture.request, plan: plan, options: options, onNotice: onNotice)
    }

    @Test func successOnTheFirstTargetMakesOneAttempt() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { _, _ in
            .ok("hello")
        }
        let report = try await run(executor)
        #expect(report.succeeded)
        #expect(report.result.text == "hello")
        #expect(report.attempts.map(\.target) == ["a/x"])
        #expect(report.route == "r")
        #expect(calls.get() == ["a"])
    }

    @Test func a429WithRetryAfterFallsBackAtOnce() async throws {
        let calls = LockedBox<[String]>([])
        let clock = VirtualClock()
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: clock, calls: calls) { host, _ in
            host == "a" ? .status(429, retryAfter: "5") : .ok("from b")
        }
        let report = try await run(executor)
        #expect(report.succeeded)
        #expect(report.result.text == "from b")
        #expect(report.attempts.map(\.outcome) == ["rate_limited", "ok"])
        #expect(report.attempts.first?.note?.contains("fell back at once") == true)
        #expect(clock.slept.isEmpty, "no wait when another target is available")
        #expect(await executor.breaker.state(of: "a/x") == .rateLimited(retryIn: .seconds(5)))
    }

    @Test func a429OnTheOnlyTargetWaitsAtLeastRetryAfter() async throws {
        let calls = LockedBox<[String]>([])
        let clock = VirtualClock()
        let executor = try RoutingFixture.executor("", clock: clock, random: FixedRandom([0]), calls: calls) { _, n in
            n == 0 ? .status(429, retryAfter: "3") : .ok("later")
        }
        let report = try await run(executor, reference: "a/x")
        #expect(report.succeeded)
        #expect(clock.slept == [.seconds(3)])
        #expect(report.attempts.map(\.outcome) == ["rate_limited", "ok"])
        #expect(report.attempts.last?.waitedBefore == .seconds(3))
    }

    @Test func serverErrorsRetryWithBackoffThenFallBack() async throws {
        let calls = LockedBox<[String]>([])
        let clock = VirtualClock()
        let executor = try RoutingFixture.executor(
            Self.twoTargets, clock: clock, random: FixedRandom([0.5]), calls: calls
        ) {
            host, _ in host == "a" ? .status(500, retryAfter: nil) : .ok("b")
        }
        let report = try await run(executor)
        #expect(report.succeeded)
        #expect(calls.get() == ["a", "a", "b"], "two tries on a (attempts: 2), then b")
        #expect(clock.slept == [.milliseconds(250)], "full jitter: 0.5 × 500 ms")
    }

    @Test func otherClientErrorsAreNeverRetried() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { _, _ in
            .status(400, retryAfter: nil)
        }
        let report = try await run(executor)
        #expect(!report.succeeded)
        #expect(report.error?.errorClass == "bad_request")
        #expect(calls.get() == ["a"], "a bad request fails the same everywhere")
    }

    @Test func authFailureFallsBackWithoutRetry() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { host, _ in
            host == "a" ? .status(401, retryAfter: nil) : .ok("b")
        }
        let report = try await run(executor)
        #expect(report.succeeded)
        #expect(calls.get() == ["a", "b"])
    }

    @Test func attemptsAreCappedPerCall() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(
            "routes:\n  r: { targets: [a/x, b/y, c/z], retry: { attempts: 3, max_attempts: 4 } }\n",
            clock: VirtualClock(),
            calls: calls
        ) { _, _ in .status(503, retryAfter: nil) }
        let report = try await run(executor)
        #expect(!report.succeeded)
        #expect(report.attempts.count == 4)
        #expect(calls.get() == ["a", "a", "a", "b"])
        #expect(report.skipped.contains { $0.reason == .budgetExhausted })
    }

    @Test func theTotalTimeBudgetStopsRetries() async throws {
        let calls = LockedBox<[String]>([])
        let clock = VirtualClock()
        let executor = try RoutingFixture.executor("", clock: clock, random: FixedRandom([0.999]), calls: calls) {
            _, _ in
            .status(429, retryAfter: "10")
        }
        let report = try await run(
            executor, options: RouteCallOptions(totalTimeout: .seconds(5)), reference: "a/x")
        #expect(!report.succeeded)
        #expect(calls.get() == ["a"], "waiting 10 s does not fit in 5 s")
        #expect(clock.slept.isEmpty)
    }

    @Test func aStreamCutAfterOutputIsReportedNotRetriedByDefault() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { host, _ in
            host == "a" ? .cutAfter("partial") : .ok("whole")
        }
        let report = try await run(executor)
        #expect(!report.succeeded)
        #expect(report.error?.errorClass == "stream_truncated")
        #expect(report.result.text == "partial")
        #expect(calls.get() == ["a"])
    }

    @Test func resumeOnFallbackRestartsOnTheNextTargetAndSaysSo() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { host, _ in
            host == "a" ? .cutAfter("partial") : .ok("whole")
        }
        var notices: [String] = []
        let report = try await run(executor, options: RouteCallOptions(resumeOnFallback: true)) { notices.append($0) }
        #expect(report.succeeded)
        #expect(report.result.text == "whole")
        #expect(report.restarted)
        #expect(notices.count == 1 && notices[0].contains("restarting on b/y"))
    }

    @Test func contextLengthErrorsSkipTargetsThatAreNotLarger() async throws {
        let calls = LockedBox<[String]>([])
        let yaml = """
            models:
              a/x: { context: 8000 }
              b/y: { context: 4000 }
              c/z: { context: 128000 }
            routes:
              r: { targets: [a/x, b/y, c/z] }
            """
        let transport = InMemoryTransport { request in
            let host = request.url.contains("a.test") ? "a" : (request.url.contains("b.test") ? "b" : "c")
            calls.set(calls.get() + [host])
            if host == "a" {
                return InMemoryTransport.response(
                    status: 400, headers: ["content-type": "application/json"],
                    body: "{\"error\":{\"message\":\"too long\",\"code\":\"context_length_exceeded\"}}")
            }
            return InMemoryTransport.response(
                headers: ["content-type": "text/event-stream"],
                body: RoutingFixture.chunk("big", finish: "stop") + "data: [DONE]\n\n")
        }
        let routed = RouteExecutor(
            router: try RoutingFixture.router(yaml),
            executor: CallExecutor(client: ProviderClient(transport: transport)),
            clock: VirtualClock())
        let report = try await run(routed)
        #expect(report.succeeded)
        #expect(calls.get() == ["a", "c"])
        #expect(report.skipped == [SkippedTarget(target: "b/y", reason: .smallerContext)])
    }

    @Test func anOpenCircuitIsSkippedOnTheNextCall() async throws {
        let calls = LockedBox<[String]>([])
        let yaml =
            "routes:\n  r: { targets: [a/x, b/y], retry: { attempts: 1 }, breaker: { failures: 1, cooldown: 30s } }\n"
        let executor = try RoutingFixture.executor(yaml, clock: VirtualClock(), calls: calls) { host, _ in
            host == "a" ? .status(500, retryAfter: nil) : .ok("b")
        }
        _ = try await run(executor)
        let second = try await run(executor)
        #expect(second.succeeded)
        #expect(calls.get() == ["a", "b", "b"])
        #expect(second.skipped.map(\.reason.code) == ["circuit_open"])
    }

    @Test func noEligibleTargetThrows() async throws {
        let calls = LockedBox<[String]>([])
        let executor = try RoutingFixture.executor(Self.twoTargets, clock: VirtualClock(), calls: calls) { _, _ in
            .ok("")
        }
        let options = RouteCallOptions(overrides: RouteOverrides(onlyProviders: ["zzz"]))
        let plan = try await executor.plan(RoutingFixture.request, reference: "r", options: options)
        await #expect(throws: RoutingError.self) {
            try await executor.execute(RoutingFixture.request, plan: plan, options: options)
        }
    }
}

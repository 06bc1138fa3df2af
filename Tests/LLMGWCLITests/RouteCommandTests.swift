import Foundation
import LLMGWCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `llmgw route list|explain|check` and chat through routes, end to end against `llmgw mock`.
@Suite struct RouteCommandTests {
    /// Providers `bad` (every request forced to `badHeaders`) and `good` on the same mock.
    static func twoProviders(_ upstream: Upstream, badHeaders: [String: String], routes: String) throws {
        var yaml = """
            providers:
              good: { type: openai-compatible, base_url: "\(upstream.baseURL)" }
              bad:
                type: openai-compatible
                base_url: "\(upstream.baseURL)"
                headers:

            """
        for (name, value) in badHeaders.sorted(by: { $0.key < $1.key }) {
            yaml += "      \"\(name)\": \"\(value)\"\n"
        }
        try upstream.home.writeConfig(yaml + routes)
    }

    static func attempts(_ object: [String: Any]) -> [[String: Any]] {
        object["attempts"] as? [[String: Any]] ?? []
    }

    @Test func a429TargetFallsBackAtOnceAndEveryRequestIsAnswered() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(
                upstream, badHeaders: ["x-mock-status": "429"],
                routes: "routes:\n  r: { targets: [bad/lorem, good/lorem] }\n")
            for _ in 0..<3 {
                let result = try await upstream.run(["chat", "--json", "-m", "r", "hi"])
                #expect(result.status == 0, "\(result.summary)")
                let object = try result.jsonObject()
                #expect(Self.attempts(object).map { $0["outcome"] as? String } == ["rate_limited", "ok"])
                #expect(object["target"] as? String == "good/lorem")
                #expect(object["route"] as? String == "r")
                let waits = Self.attempts(object).compactMap { jsonInt($0["waited_ms"]) }
                #expect(waits == [0, 0], "Retry-After: 1 is not waited when good/lorem is available")
            }
            let records = try requestLogRecords(in: upstream.home)
            #expect(records.first?.route == "r")
            #expect(records.first?.attempts == 2)
            #expect(records.first?.attemptsDetail?.contains("rate_limited") == true)
        }
    }

    @Test(arguments: ["500", "503"])
    func aFailingTargetIsRetriedThenFallsBack(status: String) async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(
                upstream, badHeaders: ["x-mock-status": status],
                routes: "routes:\n  r: { targets: [bad/lorem, good/lorem], retry: { attempts: 2, backoff: 10ms } }\n")
            let result = try await upstream.run(["chat", "--json", "-m", "r", "hi"])
            #expect(result.status == 0, "\(result.summary)")
            let outcomes = Self.attempts(try result.jsonObject()).compactMap { $0["outcome"] as? String }
            #expect(outcomes.count <= 3 && outcomes.last == "ok", "\(outcomes)")
        }
    }

    @Test func aStreamCutBeforeAnyTokenFallsBack() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(
                upstream, badHeaders: ["x-mock-fault": "disconnect", "x-mock-fault-after": "0"],
                routes: "routes:\n  r: { targets: [bad/lorem, good/lorem], retry: { attempts: 1 } }\n")
            let result = try await upstream.run(["chat", "--json", "-m", "r", "hi"])
            #expect(result.status == 0, "\(result.summary)")
            #expect(Self.attempts(try result.jsonObject()).count == 2)
        }
    }

    @Test func aStreamCutAfterTokensIsReportedOrRestartedWithResumeOnFallback() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(
                upstream,
                badHeaders: ["x-mock-fault": "truncate", "x-mock-fault-after": "3", "x-mock-output-tokens": "10"],
                routes: "routes:\n  r: { targets: [bad/lorem, good/lorem] }\n")
            let plain = try await upstream.run(["chat", "-m", "r", "hi"])
            #expect(plain.status == 5, "half an answer is never a success: \(plain.summary)")
            #expect(plain.err.contains("incomplete"), "\(plain.summary)")

            let resumed = try await upstream.run(["chat", "--json", "--resume-on-fallback", "-m", "r", "hi"])
            #expect(resumed.status == 0, "\(resumed.summary)")
            let object = try resumed.jsonObject()
            #expect(object["restarted"] as? Bool == true)
            #expect(object["target"] as? String == "good/lorem")
            #expect(resumed.err.contains("restarting on good/lorem"), "\(resumed.summary)")
        }
    }

    @Test func retryAfterIsHonouredOnASingleTargetAndAttemptsStayBounded() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(upstream, badHeaders: ["x-mock-status": "429"], routes: "")
            let result = try await upstream.run(["chat", "--json", "-m", "bad/lorem", "hi"])
            #expect(result.status == 4, "\(result.summary)")
            let attempts = Self.attempts(try result.jsonObject())
            #expect(attempts.count == 2, "one retry by default: \(attempts)")
            #expect(jsonInt(attempts.last?["waited_ms"]).map { $0 >= 1000 } == true, "waited Retry-After: 1")
            #expect(result.elapsed >= .seconds(1))
        }
    }

    @Test func fallbackFlagAddsATarget() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(upstream, badHeaders: ["x-mock-status": "500"], routes: "")
            let result = try await upstream.run([
                "chat", "--json", "-m", "bad/lorem", "--fallback", "good/echo", "hello there",
            ])
            #expect(result.status == 0, "\(result.summary)")
            let object = try result.jsonObject()
            #expect(object["text"] as? String == "hello there")
            #expect(object["target"] as? String == "good/echo")
        }
    }

    @Test func routeListShowsRoutesTargetsAndPrices() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            models:
              mock/lorem: { price: { input: 0.5, output: 1.5 }, context: 8000 }
            routes:
              fast: { strategy: cheapest, targets: [mock/echo, mock/lorem] }
              canary: { strategy: weighted, targets: [{ model: mock/echo, weight: 95 }, { model: fast, weight: 5 }] }
            """)
        let table = try await home.run(["route", "list"])
        #expect(table.status == 0, "\(table.summary)")
        #expect(table.out.contains("canary") && table.out.contains("weighted") && table.out.contains("route:fast"))
        #expect(table.out.contains("8000") && table.out.contains("1.5"), "\(table.out)")
        let json = try await home.run(["route", "list", "--json"])
        let object = try json.jsonObject()
        #expect(object["schema"] as? String == "llmgw.route-list/1")
        #expect((object["routes"] as? [[String: Any]])?.count == 2)
    }

    @Test func routeExplainIsADryRunWithReasons() async throws {
        let home = try TempHome()
        let port = try await Upstream.closedPort()
        try home.writeConfig(
            """
            providers:
              down: { type: openai-compatible, base_url: "http://127.0.0.1:\(port)/v1" }
            models:
              down/small: { context: 10, price: { input: 1, output: 2 } }
              down/big: { context: 100000, price: { input: 3, output: 4 } }
            routes:
              smart:
                strategy: conditional
                rules:
                  - { when: { input_tokens: ">5" }, use: down/small }
                  - { use: down/big }
            """)
        let long = String(repeating: "word ", count: 40)
        let result = try await home.run(["route", "explain", "-m", "smart", "--json", long])
        #expect(result.status == 0, "\(result.summary)")
        let object = try result.jsonObject()
        #expect(object["schema"] as? String == "llmgw.route-explain/1")
        #expect(object["pick"] as? String == "down/big")
        let candidates = object["candidates"] as? [[String: Any]] ?? []
        #expect(candidates.first { $0["target"] as? String == "down/small" }?["skip"] as? String == "context_too_small")
        #expect(candidates.first { $0["target"] as? String == "down/big" }?["estimated_cost_usd"] is Double)
        let table = try await home.run(["route", "explain", "-m", "smart", "hi"])
        #expect(table.status == 0, "\(table.summary)")
        #expect(table.out.contains("pick: down/small"), "\(table.out)")
        #expect(table.out.contains("rule 1"), "\(table.out)")
        let none = try await home.run(["route", "explain", "-m", "smart", "--only", "nobody", "hi"])
        #expect(none.status != 0, "\(none.summary)")
        #expect(none.out.contains("pick: none"), "\(none.summary)")
    }

    @Test func routeCheckReportsTableJSONAndJUnitAndExitCodes() async throws {
        try await Upstream.with { upstream in
            try Self.twoProviders(
                upstream, badHeaders: ["x-mock-status": "500"],
                routes: "routes:\n  r: { targets: [good/lorem, bad/lorem] }\n")
            let junit = upstream.home.root.appendingPathComponent("check.xml").path
            let failing = try await upstream.run(["route", "check", "--junit", junit, "--timeout", "10s"])
            #expect(failing.status == 1, "\(failing.summary)")
            #expect(failing.out.contains("good/lorem") && failing.out.contains("FAIL"), "\(failing.summary)")
            let xml = try Data(contentsOf: URL(fileURLWithPath: junit))
            let parser = XMLParser(data: xml)
            #expect(parser.parse(), "valid XML: \(String(decoding: xml, as: UTF8.self))")
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.components(separatedBy: "<testcase ").count - 1 == 2)
            #expect(text.contains("<failure type=\"server_error\""))

            let allowed = try await upstream.run(["route", "check", "r", "--allow-fail", "bad/lorem", "--json"])
            #expect(allowed.status == 0, "\(allowed.summary)")
            let object = try allowed.jsonObject()
            #expect(object["schema"] as? String == "llmgw.route-check/1")
            #expect(object["healthy"] as? Bool == true)
            let targets = object["targets"] as? [[String: Any]] ?? []
            #expect(targets.count == 2)
            #expect(targets.first { $0["target"] as? String == "good/lorem" }?["listed"] as? Bool == true)

            let one = try await upstream.run(["route", "check", "good/lorem"])
            #expect(one.status == 0, "\(one.summary)")
            #expect(one.out.contains("LISTED") && one.out.contains("yes"), "\(one.summary)")

            let unlisted = try await upstream.run(["route", "check", "good/nosuch", "--junit", junit])
            #expect(unlisted.status == 1, "\(unlisted.summary)")
            #expect(unlisted.out.contains("not among the 2 models good lists"), "\(unlisted.summary)")
            let report = try String(contentsOfFile: junit, encoding: .utf8)
            #expect(report.contains("<failure type=\"not_found\""), "\(report)")
            #expect(report.contains("<system-out>model list: "), "\(report)")
        }
    }
}

import Foundation
import LLMGWCore
import Testing

/// `llmgw keys test` against the mock upstream over real HTTP: verdicts and exit codes.
@Suite(.serialized) struct KeysTestCommandTests {
    static let good = "test-key-0000-probe-good-aaaa"
    static let bad = "test-key-0000-probe-bad-bbbbb"
    static let limited = "test-key-0000-probe-slow-cccc"

    static var behavior: MockBehavior {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [good, limited]
        behavior.rateLimitedKeys = [limited]
        return behavior
    }

    /// Stores `keys` (name → secret) for provider `local` in the upstream's home.
    static func store(_ keys: [(String, String)], in upstream: Upstream, baseURL: String? = nil) async throws {
        let format = upstream.format
        try upstream.home.writeConfig(
            "providers:\n  local:\n    type: \(format.typeName)\n    base_url: \"\(baseURL ?? upstream.baseURL)\"\n")
        for (name, secret) in keys {
            let result = try await upstream.home.run(
                ["keys", "set", "local", "--name", name], stdin: Data((secret + "\n").utf8))
            #expect(result.status == 0, "\(result.summary)")
        }
    }

    static func statuses(_ result: ProcessResult) throws -> [String: String] {
        let results = try #require(try result.jsonObject()["results"] as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: results.map { ($0["name"] as? String ?? "-", $0["status"] as? String ?? "") })
    }

    static func expectNoKeys(_ result: ProcessResult) {
        for secret in [good, bad, limited] {
            #expect(!result.out.contains(secret) && !result.err.contains(secret), "\(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases)
    func goodKeysPassWithExit0(format: WireFormat) async throws {
        try await Upstream.with(format, behavior: Self.behavior) { upstream in
            try await Self.store([("a", Self.good)], in: upstream)
            let result = try await upstream.home.run(["keys", "test", "local", "--json"])
            #expect(result.status == 0, "\(result.summary)")
            #expect(try Self.statuses(result) == ["a": "ok"])
            #expect(try result.jsonObject()["ok"] as? Bool == true)
            Self.expectNoKeys(result)
            let table = try await upstream.home.run(["keys", "test"])
            #expect(table.status == 0, "\(table.summary)")
            #expect(table.out.contains("ok"))
        }
    }

    @Test(arguments: WireFormat.allCases)
    func anInvalidKeyFailsWithExit3(format: WireFormat) async throws {
        try await Upstream.with(format, behavior: Self.behavior) { upstream in
            try await Self.store([("a", Self.good), ("b", Self.bad)], in: upstream)
            let result = try await upstream.home.run(["keys", "test", "--json"])
            #expect(result.status == 3, "\(result.summary)")
            #expect(try Self.statuses(result) == ["a": "ok", "b": "invalid"])
            Self.expectNoKeys(result)
        }
    }

    @Test func aRateLimitedKeyFailsWithExit4() async throws {
        try await Upstream.with(.openai, behavior: Self.behavior) { upstream in
            try await Self.store([("a", Self.good), ("c", Self.limited)], in: upstream)
            let result = try await upstream.home.run(["keys", "test", "local", "--json"])
            #expect(result.status == 4, "\(result.summary)")
            #expect(try Self.statuses(result) == ["a": "ok", "c": "rate_limited"])
        }
    }

    @Test func anUnreachableProviderFailsWithExit5() async throws {
        let port = try await Upstream.closedPort()
        try await Upstream.with(.openai) { upstream in
            try await Self.store([("a", Self.good)], in: upstream, baseURL: "http://127.0.0.1:\(port)/v1")
            let result = try await upstream.home.run(["keys", "test", "local", "--timeout", "5s"])
            #expect(result.status == 5, "\(result.summary)")
            #expect(result.out.contains("unreachable"), "\(result.summary)")
            Self.expectNoKeys(result)
        }
    }

    @Test func aProviderWithoutKeysIsMissingWithExit3() async throws {
        let home = try TempHome()
        let result = try await home.run(["keys", "test", "anthropic", "--json"])
        #expect(result.status == 3, "\(result.summary)")
        #expect(try Self.statuses(result) == ["-": "missing"])
    }
}

import Foundation
import LLMGWCore
import Testing

@testable import LLMGWCLI

/// Several stored keys of one provider, used by `llmgw chat` against the mock upstream over HTTP.
@Suite(.serialized) struct KeysRotationTests {
    static let good = "test-key-0000-rotate-good-aa"
    static let bad = "test-key-0000-rotate-bad-bbb"
    static let limited = "test-key-0000-rotate-429-ccc"

    static func attempts(_ result: ProcessResult) throws -> [String] {
        let attempts = try #require(try result.jsonObject()["attempts"] as? [[String: Any]])
        return attempts.map { $0["outcome"] as? String ?? "" }
    }

    @Test(arguments: WireFormat.allCases)
    func a401SetsTheKeyAsideAndTheNextStoredKeyAnswers(format: WireFormat) async throws {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.good]
        try await Upstream.with(format, behavior: behavior) { upstream in
            try await KeysTestCommandTests.store([("a", Self.bad), ("b", Self.good)], in: upstream)
            let result = try await upstream.home.run(["chat", "-m", "local/echo", "--json", "rotate me"])
            #expect(result.status == 0, "\(result.summary)")
            #expect(try result.jsonObject()["text"] as? String == "rotate me")
            #expect(try Self.attempts(result) == ["authentication", "ok"])
            #expect(result.err.contains("stored key local/a was set aside"), "\(result.summary)")
            for secret in [Self.good, Self.bad] {
                #expect(!result.out.contains(secret) && !result.err.contains(secret), "\(result.summary)")
            }
            let list = try await upstream.home.run(["keys", "list", "--json"])
            let keys = try #require(try list.jsonObject()["keys"] as? [[String: Any]])
            #expect(keys.allSatisfy { $0["last_used_at"] as? String != nil }, "\(list.summary)")
        }
    }

    @Test func a429RestsTheKeyAndTheOtherCarriesOn() async throws {
        var behavior = MockBehavior()
        behavior.rateLimitedKeys = [Self.limited]
        try await Upstream.with(.openai, behavior: behavior) { upstream in
            try await KeysTestCommandTests.store([("a", Self.limited), ("b", Self.good)], in: upstream)
            let result = try await upstream.home.run(["chat", "-m", "local/echo", "--json", "hi"])
            #expect(result.status == 0, "\(result.summary)")
            #expect(try Self.attempts(result) == ["rate_limited", "ok"])
            #expect(!result.err.contains("set aside"), "\(result.summary)")
        }
    }

    @Test func whenEveryStoredKeyIsRefusedChatExits3() async throws {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.good]
        try await Upstream.with(.anthropic, behavior: behavior) { upstream in
            try await KeysTestCommandTests.store([("a", Self.bad), ("b", Self.limited)], in: upstream)
            let result = try await upstream.home.run(["chat", "-m", "local/echo", "hi"])
            #expect(result.status == 3, "\(result.summary)")
            for secret in [Self.bad, Self.limited] {
                #expect(!result.out.contains(secret) && !result.err.contains(secret), "\(result.summary)")
            }
        }
    }

    @Test func mockKeyFlagsReadKeysFromVariables() throws {
        let keys = try MockCommand.keys(
            from: ["A", "B"], flag: "--accept-key-env", environment: ["A": Self.good, "B": Self.bad])
        #expect(keys == [Self.good, Self.bad])
        #expect(try MockCommand.keys(from: [], flag: "--accept-key-env", environment: [:]) == nil)
        #expect(throws: (any Error).self) {
            try MockCommand.keys(from: ["UNSET"], flag: "--accept-key-env", environment: [:])
        }
    }
}

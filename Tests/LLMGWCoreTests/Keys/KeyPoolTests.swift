import Testing

@testable import LLMGWCore

@Suite struct KeyPoolTests {
    static func stored(_ name: String, weight: Int = 1, provider: String = "openai") -> StoredKey {
        StoredKey(provider: provider, name: name, key: APIKey("test-key-0000-\(name)-xxxxxxxx"), weight: weight)
    }

    @Test func equalWeightsTakeTurns() async {
        let pool = KeyPool(keys: [Self.stored("a"), Self.stored("b"), Self.stored("c")])
        var names: [String] = []
        for _ in 0..<6 { names.append(await pool.next(for: "openai")?.name ?? "-") }
        #expect(names == ["a", "b", "c", "a", "b", "c"])
        #expect(await pool.next(for: "anthropic") == nil)
    }

    @Test func weightsSetTheShares() async {
        let pool = KeyPool(keys: [Self.stored("a", weight: 3), Self.stored("b", weight: 1)])
        var counts: [String: Int] = [:]
        for _ in 0..<8 { counts[await pool.next(for: "openai")?.name ?? "-", default: 0] += 1 }
        #expect(counts == ["a": 6, "b": 2])
    }

    @Test func aSetAsideKeyIsNotUsedAgainAndIsReported() async {
        let pool = KeyPool(keys: [Self.stored("a"), Self.stored("b")])
        let first = await pool.next(for: "openai")!
        await pool.setAside(first, reason: "authentication")
        for _ in 0..<3 { #expect(await pool.next(for: "openai")?.name == "b") }
        #expect(
            await pool.setAsideKeys() == [KeySetAside(provider: "openai", name: "a", reason: "authentication")])
    }

    @Test func aRestingKeyComesBackAfterItsRetryAfter() async {
        let pool = KeyPool(keys: [Self.stored("a")])
        let start = ContinuousClock.now
        let key = await pool.next(for: "openai", now: start)!
        await pool.rest(key, for: .seconds(2), now: start)
        #expect(await pool.next(for: "openai", now: start + .seconds(1)) == nil)
        #expect(await pool.shortestRest(for: "openai", now: start + .seconds(1)) == .seconds(1))
        #expect(await pool.next(for: "openai", now: start + .seconds(2))?.name == "a")
    }

    @Test func usesListTheKeysHandedOut() async {
        let pool = KeyPool(keys: [Self.stored("a"), Self.stored("b")])
        _ = await pool.next(for: "openai")
        #expect(await pool.uses().map(\.name) == ["a"])
    }
}

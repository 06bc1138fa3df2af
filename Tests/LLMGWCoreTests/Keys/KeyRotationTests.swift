import Testing

@testable import LLMGWCore

/// Key rotation inside ``CallExecutor``, against the in-process mock upstream.
@Suite struct KeyRotationTests {
    static let good = "test-key-0000-good-aaaaaaaa"
    static let bad = "test-key-0000-bad-bbbbbbbbb"
    static let limited = "test-key-0000-limited-cccc"

    static func executor(_ behavior: MockBehavior, keys: [(String, String)]) -> (CallExecutor, KeyPool) {
        let pool = KeyPool(keys: keys.map { StoredKey(provider: "mock", name: $0.0, key: APIKey($0.1)) })
        let client = ProviderClient(transport: MockTransport(behavior: behavior))
        return (CallExecutor(client: client, keyPool: pool), pool)
    }

    static func endpoint(key: String) -> ProviderEndpoint {
        ProviderEndpoint(provider: "mock", kind: .mock, baseURL: "mock://local/v1", model: "echo", apiKey: APIKey(key))
    }

    static let request = ChatRequest(model: "", messages: [.text(.user, "hello")], stream: true)

    @Test func a401SetsTheKeyAsideAndTheNextKeyAnswers() async {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.good]
        let (executor, pool) = Self.executor(behavior, keys: [("bad", Self.bad), ("good", Self.good)])
        let report = await executor.execute(Self.request, on: Self.endpoint(key: Self.bad))
        #expect(report.succeeded, "\(String(describing: report.error))")
        #expect(report.result.text == "hello")
        #expect(report.attempts.map(\.outcome) == ["authentication", "ok"])
        #expect(report.endpoint.apiKey?.secret == Self.good)
        #expect(await pool.setAsideKeys().map(\.name) == ["bad"])
        // The next call goes straight to the good key.
        let second = await executor.execute(Self.request, on: Self.endpoint(key: Self.bad))
        #expect(second.attempts.map(\.outcome) == ["ok"])
    }

    @Test func a429RestsTheKeyWhileTheOtherCarriesOn() async {
        // The limited key gets a 429 asking for 60 s, so the test does not race the rest's end.
        let mock = MockTransport(behavior: MockBehavior())
        let transport = InMemoryTransport { request in
            guard request.headers["authorization"] == "Bearer " + Self.limited else {
                return try await mock.send(request)
            }
            return InMemoryTransport.response(
                status: 429, headers: ["retry-after": "60", "content-type": "application/json"],
                body: #"{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}"#)
        }
        let pool = KeyPool(keys: [
            StoredKey(provider: "mock", name: "limited", key: APIKey(Self.limited)),
            StoredKey(provider: "mock", name: "good", key: APIKey(Self.good)),
        ])
        let executor = CallExecutor(client: ProviderClient(transport: transport), keyPool: pool)
        let report = await executor.execute(Self.request, on: Self.endpoint(key: Self.limited))
        #expect(report.succeeded)
        #expect(report.attempts.map(\.outcome) == ["rate_limited", "ok"])
        #expect(await pool.setAsideKeys().isEmpty)
        let rest = await pool.shortestRest(for: "mock")
        #expect(rest != nil && rest! > .seconds(50) && rest! <= .seconds(60))
        // While it rests, only the other key is used.
        for _ in 0..<2 {
            let next = await executor.execute(Self.request, on: Self.endpoint(key: Self.limited))
            #expect(next.attempts.map(\.outcome) == ["ok"])
            #expect(next.endpoint.apiKey?.secret == Self.good)
        }
        // Once its Retry-After has passed, it is used again.
        let later = ContinuousClock.now + .seconds(61)
        var names: Set<String> = []
        for _ in 0..<2 { names.insert(await pool.next(for: "mock", now: later)?.name ?? "-") }
        #expect(names == ["limited", "good"])
    }

    @Test func whenEveryKeyIsRefusedTheCallFailsWithAuthentication() async {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.good]
        let (executor, _) = Self.executor(behavior, keys: [("a", Self.bad), ("b", Self.limited)])
        let report = await executor.execute(Self.request, on: Self.endpoint(key: Self.bad))
        #expect(report.error?.errorClass == "authentication")
        #expect(report.attempts.count == 2)
        #expect(report.error?.failureClass == .auth)
        for secret in [Self.bad, Self.limited] { #expect(report.error?.message.contains(secret) == false) }
        let again = await executor.execute(Self.request, on: Self.endpoint(key: Self.bad))
        #expect(again.error?.errorClass == "authentication")
    }

    @Test func aKeyFromAVariableIsNotRotated() async {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [Self.good]
        let (executor, _) = Self.executor(behavior, keys: [("good", Self.good)])
        let report = await executor.execute(Self.request, on: Self.endpoint(key: Self.bad))
        #expect(report.error?.errorClass == "authentication")
        #expect(report.attempts.count == 1)
    }
}

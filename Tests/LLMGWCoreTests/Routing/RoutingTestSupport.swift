import Foundation
import Synchronization

@testable import LLMGWCore

/// A clock whose sleeps only move its time forward: tests never really wait.
final class VirtualClock: RoutingClock {
    private let time = Mutex(Duration.zero)
    private let sleeps = Mutex([Duration]())

    func now() -> Duration { time.withLock { $0 } }

    func sleep(for duration: Duration) async throws {
        sleeps.withLock { $0.append(duration) }
        advance(duration)
    }

    func advance(_ duration: Duration) { time.withLock { $0 += duration } }

    /// Every sleep asked for, in order.
    var slept: [Duration] { sleeps.withLock { $0 } }
}

/// Random numbers from a fixed list, repeated.
final class FixedRandom: RandomSource {
    private let values: [Double]
    private let index = Mutex(0)

    init(_ values: [Double]) { self.values = values }

    func unit() -> Double {
        index.withLock { index in
            defer { index += 1 }
            return values[index % values.count]
        }
    }
}

/// Builds configs, routers and executors for routing tests.
enum RoutingFixture {
    /// Providers `a`, `b`, `c` (OpenAI-compatible at `http://<name>.test/v1`, no key needed).
    static let providers = """
        providers:
          a: { type: openai-compatible, base_url: "http://a.test/v1" }
          b: { type: openai-compatible, base_url: "http://b.test/v1" }
          c: { type: openai-compatible, base_url: "http://c.test/v1" }

        """

    static func config(_ yaml: String) throws -> LLMGWConfig {
        try ConfigLoader.parse(providers + yaml, file: "test.yaml")
    }

    static func router(_ yaml: String) throws -> ModelRouter {
        ModelRouter(resolver: ModelResolver(config: try config(yaml), environment: [:]))
    }

    static func profile(tokens: Int = 10, prompt: String = "hello") -> RequestProfile {
        RequestProfile(inputTokens: tokens, prompt: prompt)
    }

    static func chunk(_ delta: String, finish: String? = nil) -> String {
        let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
        return
            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\(delta)\"},\"finish_reason\":\(finishJSON)}]}\n\n"
    }

    /// What a scripted upstream does for one request.
    enum Reply: Sendable {
        case ok(String)
        case status(Int, retryAfter: String?)
        case cutAfter(String)
    }

    /// An executor whose transport answers per host (`a`, `b`, `c`) from `script`, counting calls.
    static func executor(
        _ yaml: String, clock: VirtualClock, random: any RandomSource = FixedRandom([0.5]),
        calls: LockedBox<[String]>, script: @escaping @Sendable (String, Int) -> Reply
    ) throws -> RouteExecutor {
        let transport = InMemoryTransport { request in
            let host = URL(string: request.url)?.host?.split(separator: ".").first.map(String.init) ?? "?"
            let count = calls.get().filter { $0 == host }.count
            calls.set(calls.get() + [host])
            switch script(host, count) {
            case .ok(let text):
                return InMemoryTransport.response(
                    headers: ["content-type": "text/event-stream"],
                    body: chunk(text, finish: "stop") + "data: [DONE]\n\n")
            case .status(let status, let retryAfter):
                var headers: HTTPHeaders = ["content-type": "application/json"]
                if let retryAfter { headers.set("retry-after", retryAfter) }
                return InMemoryTransport.response(
                    status: status, headers: headers, body: "{\"error\":{\"message\":\"scripted \(status)\"}}")
            case .cutAfter(let text):
                return InMemoryTransport.response(headers: ["content-type": "text/event-stream"], body: chunk(text))
            }
        }
        return RouteExecutor(
            router: try router(yaml), executor: CallExecutor(client: ProviderClient(transport: transport)),
            clock: clock, random: random)
    }

    static let request = ChatRequest(model: "", messages: [.text(.user, "hi")])
}

import Synchronization

/// A fake LLM provider: answers OpenAI, Anthropic and Gemini requests with generated text,
/// paced, delayed, failed and broken as its ``MockBehavior`` and the request's ``MockOverrides`` say.
///
/// Endpoints: `POST /v1/chat/completions` (and any `…/chat/completions`), `GET /v1/models`
/// (Anthropic's shape when `anthropic-version` is sent), `GET /v1/models/{id}`, `POST /v1/messages`,
/// `POST /v1/messages/count_tokens`, `POST /v1beta/models/{model}:generateContent`,
/// `:streamGenerateContent` (`?alt=sse` for SSE, else a JSON array), `:countTokens`,
/// `GET /v1beta/models`, `GET /health`.
///
/// Models: `echo` answers with the last user message's text; `lorem` (and every other name)
/// writes ``MockBehavior/outputTokens`` tokens of lorem-ipsum words. A request that declares
/// tools and whose last user message says `call <tool>` gets a call of that tool with arguments
/// `{"query":"mock"}`. Usage is counted with ``MockTokenizer``.
public final class MockUpstream: Sendable {
    /// How this upstream behaves when a request does not override it.
    public let behavior: MockBehavior
    private let requestCount = Atomic<UInt64>(0)
    /// Error rates in ascending status order, so draws are reproducible.
    private let errorRates: [(Int, Double)]
    /// Fault rates in declaration order.
    private let faults: [(MockFault, Double)]

    /// Creates an upstream with `behavior`.
    public init(behavior: MockBehavior = MockBehavior()) {
        self.behavior = behavior
        errorRates = behavior.errorRates.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        faults = MockFault.allCases.compactMap { fault in behavior.faults[fault].map { (fault, $0) } }
    }

    /// Answers `request` once its latency has passed (for a non-streamed answer, also its
    /// generation time at the set token rate).
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    public func respond(to request: MockRequest) async throws -> MockResponse {
        let serialNumber = requestCount.wrappingAdd(1, ordering: .relaxed).newValue
        let serial = String(serialNumber)
        var random = MockRandom(
            seed: behavior.seed.map { $0 &+ serialNumber &* 0x2545_F491_4F6C_DD1D } ?? .random(in: .min ... .max))
        let route = MockRoute(request)
        let overrides: MockOverrides
        do {
            overrides = try MockOverrides(headers: request.headers)
        } catch {
            return Self.error(400, error.description, format: route.format, serial: serial)
        }
        let latency = overrides.latency ?? behavior.latency
        let statusDraw = random.nextUnit()
        let faultDraw = random.nextUnit()
        let positionDraw = random.next()
        let isGeneration: Bool
        switch route {
        case .openAIChat, .anthropicMessages, .geminiGenerate: isGeneration = true
        default: isGeneration = false
        }
        if let refusal = keyRefusal(request, route: route, serial: serial) {
            try await Self.sleep(latency)
            return refusal
        }
        let status = overrides.status ?? (isGeneration ? Self.draw(statusDraw, from: errorRates) : nil)
        if let status, !(200..<300).contains(status) {
            try await Self.sleep(latency)
            return Self.error(status, MockWireFormat.injectedMessage(status), format: route.format, serial: serial)
        }
        let prompt: MockPrompt
        switch route {
        case .openAIChat:
            do { prompt = try MockPrompt.openAI(request.body) } catch {
                return Self.error(400, error.description, format: .openai, serial: serial)
            }
        case .anthropicMessages:
            do { prompt = try MockPrompt.anthropic(request.body) } catch {
                return Self.error(400, error.description, format: .anthropic, serial: serial)
            }
        case .geminiGenerate(let model, let stream):
            do { prompt = try MockPrompt.gemini(request.body, model: model, stream: stream) } catch {
                return Self.error(400, error.description, format: .gemini, serial: serial)
            }
        default:
            try await Self.sleep(latency)
            return answer(route, request: request, serial: serial)
        }
        let fault = overrides.fault ?? Self.draw(faultDraw, from: faults)
        let completion = MockCompletion(
            prompt: prompt, serial: serial,
            defaultOutputTokens: overrides.outputTokens ?? behavior.outputTokens ?? MockBehavior.defaultOutputTokens)
        let tokensPerSecond = overrides.tokensPerSecond ?? behavior.tokensPerSecond
        let interval = tokensPerSecond.map { Duration.nanoseconds(Int64((1e9 / $0).rounded())) }
        // A drawn fault strikes at a random place; a forced one half way unless told where.
        let position: MockFaultPosition =
            if let after = overrides.faultAfter {
                .at(after)
            } else if overrides.fault != nil {
                .halfway
            } else {
                .random(positionDraw)
            }
        return try await generation(
            route.format, prompt: prompt, completion: completion, latency: latency, interval: interval,
            fault: fault.map { ($0, position) }, serverSentEvents: request.queryValue("alt") == "sse")
    }

    private func generation(
        _ format: MockWireFormat, prompt: MockPrompt, completion: MockCompletion, latency: Duration,
        interval: Duration?, fault: (kind: MockFault, position: MockFaultPosition)?, serverSentEvents: Bool
    ) async throws -> MockResponse {
        var headers = Self.commonHeaders(format, serial: completion.serial)
        guard prompt.stream else {
            try await Self.sleep(latency + (interval ?? .zero) * completion.outputTokens)
            let bytes: [UInt8]
            switch format {
            case .openai: bytes = MockOpenAIStream.body(completion)
            case .anthropic: bytes = MockAnthropicStream.body(completion)
            case .gemini: bytes = MockGeminiStream.body(completion)
            }
            headers.add("content-type", "application/json")
            let body = MockBody(
                .bytes(bytes), fault: fault?.kind, faultIndex: fault?.position.index(in: bytes.count) ?? 0,
                stallLimit: behavior.stallLimit)
            return MockResponse(status: 200, headers: headers, body: body)
        }
        let encoder: any MockStreamEncoder
        switch format {
        case .openai: encoder = MockOpenAIStream(completion: completion, includeUsage: prompt.includeUsage)
        case .anthropic: encoder = MockAnthropicStream(completion: completion)
        case .gemini: encoder = MockGeminiStream(completion: completion, serverSentEvents: serverSentEvents)
        }
        if format == .gemini, !serverSentEvents {
            headers.add("content-type", "application/json")
        } else {
            headers.add("content-type", "text/event-stream; charset=utf-8")
            headers.add("cache-control", "no-cache")
        }
        try await Self.sleep(latency)
        let body = MockBody(
            .stream(encoder), tokenInterval: interval, fault: fault?.kind,
            faultIndex: fault?.position.index(in: encoder.tokenCount) ?? 0, stallLimit: behavior.stallLimit)
        return MockResponse(status: 200, headers: headers, body: body)
    }
}

extension MockUpstream {
    /// The names the mock lists as its models.
    static let modelNames = ["echo", "lorem"]

    /// An error response in `format`'s shape; a 429 carries `retry-after: 1` and `retry-after-ms: 1000`.
    static func error(_ status: Int, _ message: String, format: MockWireFormat, serial: String) -> MockResponse {
        var headers = commonHeaders(format, serial: serial)
        headers.add("content-type", "application/json")
        if status == 429 {
            headers.add("retry-after", "1")
            headers.add("retry-after-ms", "1000")
        }
        let body = format.errorBody(status: status, message: message, serial: serial)
        return MockResponse(status: status, headers: headers, body: .bytes(body))
    }

    /// The request-id header each provider sends.
    static func commonHeaders(_ format: MockWireFormat, serial: String) -> HTTPHeaders {
        switch format {
        case .openai: ["x-request-id": "req_mock_" + serial]
        case .anthropic: ["request-id": "req_mock_" + serial]
        case .gemini: [:]
        }
    }

    /// The key whose cumulative probability, in the given order, first exceeds `draw`, if any.
    static func draw<Key>(_ draw: Double, from rates: [(Key, Double)]) -> Key? {
        var total = 0.0
        for (key, probability) in rates {
            total += probability
            if draw < total { return key }
        }
        return nil
    }

    /// Sleeps for `duration` when it is positive.
    static func sleep(_ duration: Duration) async throws {
        if duration > .zero { try await Task.sleep(for: duration) }
    }

    /// Answers the routes that generate nothing: model lists, token counts, health and errors.
    func answer(_ route: MockRoute, request: MockRequest, serial: String) -> MockResponse {
        let body: JSONValue
        switch route {
        case .listModels(.openai):
            body = ["object": "list", "data": .array(Self.modelNames.map(Self.openAIModel))]
        case .getModel(.openai, let id):
            body = Self.openAIModel(id)
        case .listModels(.anthropic):
            body = [
                "data": .array(Self.modelNames.map(Self.anthropicModel)), "has_more": false,
                "first_id": .string(Self.modelNames[0]), "last_id": .string(Self.modelNames[Self.modelNames.count - 1]),
            ]
        case .getModel(.anthropic, let id):
            body = Self.anthropicModel(id)
        case .listModels(.gemini):
            body = ["models": .array(Self.modelNames.map(Self.geminiModel))]
        case .getModel(.gemini, let id):
            body = Self.geminiModel(id.hasPrefix("models/") ? String(id.dropFirst(7)) : id)
        case .anthropicCountTokens:
            var withLimit = (try? JSONValue.parse(request.body))?.objectValue ?? [:]
            withLimit["max_tokens"] = 1
            do {
                let prompt = try MockPrompt.anthropic(JSONValue.object(withLimit).serializedBytes())
                body = ["input_tokens": .number(Double(prompt.inputTokens))]
            } catch {
                return Self.error(400, error.description, format: .anthropic, serial: serial)
            }
        case .geminiCountTokens(let model):
            var source = (try? JSONValue.parse(request.body)) ?? .null
            if let inner = source["generateContentRequest"] { source = inner }
            do {
                let prompt = try MockPrompt.gemini(source.serializedBytes(), model: model, stream: false)
                body = ["totalTokens": .number(Double(prompt.inputTokens)), "cachedContentTokenCount": 0]
            } catch {
                return Self.error(400, error.description, format: .gemini, serial: serial)
            }
        case .health:
            body = ["status": "ok"]
        case .methodNotAllowed(let format, let allowed):
            return Self.error(
                405, "\(request.method) is not allowed on \(request.path); use \(allowed)", format: format,
                serial: serial)
        case .notFound(let format):
            return Self.error(
                404, "llmgw mock has no endpoint \(request.method) \(request.path)", format: format, serial: serial)
        case .openAIChat, .anthropicMessages, .geminiGenerate:
            return Self.error(500, "internal mock routing error", format: route.format, serial: serial)
        }
        var headers = Self.commonHeaders(route.format, serial: serial)
        headers.add("content-type", "application/json")
        return MockResponse(status: 200, headers: headers, body: .bytes(body.serializedBytes()))
    }

    private static func openAIModel(_ id: String) -> JSONValue {
        [
            "id": .string(id), "object": "model", "created": .number(Double(MockCompletion.created)),
            "owned_by": "llmgw-mock",
        ]
    }

    private static func anthropicModel(_ id: String) -> JSONValue {
        [
            "type": "model", "id": .string(id), "display_name": .string(id + " (llmgw mock)"),
            "created_at": "2023-11-14T22:13:20Z", "max_input_tokens": 200_000, "max_tokens": 64_000,
        ]
    }

    private static func geminiModel(_ id: String) -> JSONValue {
        [
            "name": .string("models/" + id), "displayName": .string(id + " (llmgw mock)"),
            "inputTokenLimit": 1_048_576, "outputTokenLimit": 65_536,
            "supportedGenerationMethods": ["generateContent", "streamGenerateContent", "countTokens"],
        ]
    }
}

extension MockPrompt {
    /// Reads an OpenAI Chat Completions body.
    /// - Throws: ``MockError/badRequest(_:)`` for invalid JSON or a missing `model` / `messages`.
    static func openAI(_ body: [UInt8]) throws(MockError) -> MockPrompt {
        let json = try parse(body)
        guard let model = json["model"]?.stringValue, !model.isEmpty else {
            throw .badRequest("you must provide a model parameter")
        }
        guard let messages = json["messages"]?.arrayValue, !messages.isEmpty else {
            throw .badRequest("'messages' must be a non-empty array")
        }
        var inputTokens = 0
        var lastUser = ""
        for message in messages {
            let text = Self.text(of: message["content"])
            inputTokens += MockTokenizer.count(text)
            if message["role"]?.stringValue == "user" { lastUser = text }
        }
        let oldLimit = try Self.limit(json, "max_tokens")
        let maxTokens = try Self.limit(json, "max_completion_tokens") ?? oldLimit
        let tools = json["tools"]?.arrayValue ?? []
        return MockPrompt(
            model: model, stream: json["stream"]?.boolValue ?? false,
            includeUsage: json["stream_options"]?["include_usage"]?.boolValue ?? false, maxTokens: maxTokens,
            lastUserText: lastUser, inputTokens: inputTokens,
            toolNames: tools.compactMap { $0["function"]?["name"]?.stringValue })
    }

    /// Reads an Anthropic Messages body.
    /// - Throws: ``MockError/badRequest(_:)`` for invalid JSON or a missing `model`, `max_tokens` or `messages`.
    static func anthropic(_ body: [UInt8]) throws(MockError) -> MockPrompt {
        let json = try parse(body)
        guard let model = json["model"]?.stringValue, !model.isEmpty else {
            throw .badRequest("model: Field required")
        }
        guard let maxTokens = try Self.limit(json, "max_tokens") else {
            throw .badRequest("max_tokens: Field required")
        }
        guard let messages = json["messages"]?.arrayValue else {
            throw .badRequest("messages: Field required")
        }
        var inputTokens = MockTokenizer.count(Self.text(of: json["system"]))
        var lastUser = ""
        for message in messages {
            let text = Self.text(of: message["content"])
            inputTokens += MockTokenizer.count(text)
            if message["role"]?.stringValue == "user" { lastUser = text }
        }
        let tools = json["tools"]?.arrayValue ?? []
        return MockPrompt(
            model: model, stream: json["stream"]?.boolValue ?? false, includeUsage: true, maxTokens: maxTokens,
            lastUserText: lastUser, inputTokens: inputTokens, toolNames: tools.compactMap { $0["name"]?.stringValue })
    }

    /// Reads a Gemini generateContent body for `model` (taken from the path).
    /// - Throws: ``MockError/badRequest(_:)`` for invalid JSON or missing `contents`.
    static func gemini(_ body: [UInt8], model: String, stream: Bool) throws(MockError) -> MockPrompt {
        let json = try parse(body)
        guard let contents = json["contents"]?.arrayValue, !contents.isEmpty else {
            throw .badRequest("* GenerateContentRequest.contents: contents is not specified")
        }
        var inputTokens = MockTokenizer.count(Self.text(of: json["systemInstruction"]?["parts"]))
        var lastUser = ""
        for content in contents {
            let text = Self.text(of: content["parts"])
            inputTokens += MockTokenizer.count(text)
            let role = content["role"]?.stringValue ?? "user"
            if role == "user" { lastUser = text }
        }
        let maxTokens = try Self.limit(json["generationConfig"] ?? .null, "maxOutputTokens")
        let tools = json["tools"]?.arrayValue ?? []
        let names = tools.flatMap {
            ($0["functionDeclarations"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        }
        return MockPrompt(
            model: model, stream: stream, includeUsage: true, maxTokens: maxTokens, lastUserText: lastUser,
            inputTokens: inputTokens, toolNames: names)
    }

    private static func parse(_ body: [UInt8]) throws(MockError) -> JSONValue {
        let json: JSONValue
        do {
            json = try JSONValue.parse(body)
        } catch {
            throw .badRequest("the request body is not valid JSON (\(error.description))")
        }
        guard json.objectValue != nil else { throw .badRequest("the request body must be a JSON object") }
        return json
    }

    private static func limit(_ json: JSONValue, _ key: String) throws(MockError) -> Int? {
        guard let value = json[key], !value.isNull else { return nil }
        guard let limit = value.intValue, limit >= 0 else {
            throw .badRequest("'\(key)' must be a non-negative integer")
        }
        return limit
    }

    /// The text of a content value: a string, or the `text` of parts and blocks (nested
    /// `content` of tool results included), joined with newlines.
    private static func text(of content: JSONValue?) -> String {
        switch content {
        case .string(let text)?:
            return text
        case .array(let parts)?:
            var texts: [String] = []
            for part in parts {
                if let text = part["text"]?.stringValue {
                    texts.append(text)
                } else if let nested = part["content"] {
                    texts.append(Self.text(of: nested))
                } else if case .string(let text) = part {
                    texts.append(text)
                }
            }
            return texts.joined(separator: "\n")
        default:
            return ""
        }
    }
}

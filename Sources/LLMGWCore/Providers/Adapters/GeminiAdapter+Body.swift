extension GeminiAdapter {
    /// The generateContent body for `request`, without `options` (camelCase, as the API wants).
    ///
    /// Roles become `user` and `model`; system messages become `systemInstruction`; tool calls
    /// become `functionCall` parts and tool results `functionResponse` parts of a user turn, named by
    /// ``ChatMessage/name`` or, failing that, by the earlier call with the same id. A result that is
    /// not a JSON object is wrapped as `{"result": …}`, since the API wants an object. Consecutive
    /// turns of the same role are merged.
    static func body(for request: ChatRequest) throws(ProviderError) -> [String: JSONValue] {
        var system: [String] = []
        var merged = MergedTurns()
        var callNames: [String: String] = [:]
        for message in request.messages {
            switch message.role {
            case .system:
                let text = message.text
                if !text.isEmpty { system.append(text) }
            case .user:
                merged.append("user", message.content.compactMap(part))
            case .assistant:
                var parts = message.content.compactMap(part)
                for call in message.toolCalls {
                    callNames[call.id] = call.name
                    parts.append([
                        "functionCall": [
                            "name": .string(call.name), "args": try WireJSON.arguments(of: call, api: api),
                        ]
                    ])
                }
                merged.append("model", parts)
            case .tool:
                guard let name = message.name ?? message.toolCallID.flatMap({ callNames[$0] }) else {
                    throw .badRequest(
                        message: "\(api) needs the tool name of every tool result; set the name on the tool message "
                            + "answering call \(message.toolCallID ?? "(no id)")")
                }
                merged.append(
                    "user", [["functionResponse": ["name": .string(name), "response": toolResponse(message.text)]]])
            }
        }

        var body: [String: JSONValue] = [
            "contents": .array(merged.turns.map { ["role": .string($0.role), "parts": .array($0.items)] })
        ]
        if !system.isEmpty {
            body["systemInstruction"] = ["parts": [["text": .string(system.joined(separator: "\n\n"))]]]
        }
        if !request.tools.isEmpty {
            let declarations: [JSONValue] = request.tools.map { tool in
                var object: [String: JSONValue] = ["name": .string(tool.name), "parameters": tool.parameters]
                if let description = tool.description { object["description"] = .string(description) }
                return .object(object)
            }
            body["tools"] = [["functionDeclarations": .array(declarations)]]
        }
        switch request.toolChoice {
        case nil: break
        case .auto?: body["toolConfig"] = ["functionCallingConfig": ["mode": "AUTO"]]
        case .none?: body["toolConfig"] = ["functionCallingConfig": ["mode": "NONE"]]
        case .required?: body["toolConfig"] = ["functionCallingConfig": ["mode": "ANY"]]
        case .function(let name)?:
            body["toolConfig"] = ["functionCallingConfig": ["mode": "ANY", "allowedFunctionNames": [.string(name)]]]
        }
        let config = generationConfig(request)
        if !config.isEmpty { body["generationConfig"] = .object(config) }
        return body
    }

    private static func generationConfig(_ request: ChatRequest) -> [String: JSONValue] {
        var config: [String: JSONValue] = [:]
        if let temperature = request.temperature { config["temperature"] = .number(temperature) }
        if let topP = request.topP { config["topP"] = .number(topP) }
        if let maxTokens = request.maxTokens { config["maxOutputTokens"] = .number(Double(maxTokens)) }
        if !request.stop.isEmpty { config["stopSequences"] = .array(request.stop.map(JSONValue.string)) }
        if let seed = request.seed { config["seed"] = .number(Double(seed)) }
        switch request.responseFormat {
        case nil, .text: break
        case .jsonObject:
            config["responseMimeType"] = "application/json"
        case .jsonSchema(_, let schema, _):
            config["responseMimeType"] = "application/json"
            config["responseSchema"] = schema
        }
        return config
    }

    /// A content part; empty text is dropped.
    private static func part(_ part: ContentPart) -> JSONValue? {
        switch part {
        case .text(let text):
            return text.isEmpty ? nil : ["text": .string(text)]
        case .image(.base64(let mediaType, let data)):
            return ["inlineData": ["mimeType": .string(mediaType), "data": .string(data)]]
        case .image(.url(let url)):
            var fileData: [String: JSONValue] = ["fileUri": .string(url)]
            if let mimeType = imageMimeType(url) { fileData["mimeType"] = .string(mimeType) }
            return ["fileData": .object(fileData)]
        }
    }

    /// A tool's text result as the object `functionResponse.response` must be.
    private static func toolResponse(_ text: String) -> JSONValue {
        switch try? JSONValue.parse(text) {
        case .some(.object(let object)): .object(object)
        case .some(let value): ["result": value]
        case nil: ["result": .string(text)]
        }
    }

    /// The image media type implied by a URL's extension, if any.
    private static func imageMimeType(_ url: String) -> String? {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        guard let dot = path.lastIndex(of: ".") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "heic": return "image/heic"
        default: return nil
        }
    }
}

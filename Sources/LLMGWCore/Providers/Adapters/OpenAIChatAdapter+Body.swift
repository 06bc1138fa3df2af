extension OpenAIChatAdapter {
    /// The Chat Completions body for `request`, without the token limit, streaming fields and
    /// options (see ``addLimitsAndStreaming(_:endpoint:maxTokensField:to:)``).
    /// - Parameter model: the `model` field; `nil` leaves it out (Azure classic deployments).
    static func body(for request: ChatRequest, model: String?) -> [String: JSONValue] {
        var body: [String: JSONValue] = ["messages": .array(request.messages.map(message))]
        if let model { body["model"] = .string(model) }
        if let temperature = request.temperature { body["temperature"] = .number(temperature) }
        if let topP = request.topP { body["top_p"] = .number(topP) }
        if !request.stop.isEmpty { body["stop"] = .array(request.stop.map(JSONValue.string)) }
        if let seed = request.seed { body["seed"] = .number(Double(seed)) }
        if !request.tools.isEmpty {
            body["tools"] = .array(
                request.tools.map { tool in
                    var function: [String: JSONValue] = ["name": .string(tool.name), "parameters": tool.parameters]
                    if let description = tool.description { function["description"] = .string(description) }
                    return ["type": "function", "function": .object(function)]
                })
        }
        switch request.toolChoice {
        case nil: break
        case .auto?: body["tool_choice"] = "auto"
        case .none?: body["tool_choice"] = "none"
        case .required?: body["tool_choice"] = "required"
        case .function(let name)?: body["tool_choice"] = ["type": "function", "function": ["name": .string(name)]]
        }
        switch request.responseFormat {
        case nil, .text: break
        case .jsonObject: body["response_format"] = ["type": "json_object"]
        case .jsonSchema(let name, let schema, let strict):
            body["response_format"] = [
                "type": "json_schema",
                "json_schema": ["name": .string(name), "schema": schema, "strict": .bool(strict)],
            ]
        }
        return body
    }

    /// Adds the output token limit, `stream` and `stream_options`.
    static func addLimitsAndStreaming(
        _ request: ChatRequest, endpoint: ProviderEndpoint, maxTokensField: MaxTokensField,
        to body: inout [String: JSONValue]
    ) {
        if let maxTokens = request.maxTokens { body[maxTokensField.rawValue] = .number(Double(maxTokens)) }
        if request.stream {
            body["stream"] = true
            if endpoint.supportsStreamUsage { body["stream_options"] = ["include_usage": true] }
        }
    }

    /// One message in Chat Completions form.
    static func message(_ message: ChatMessage) -> JSONValue {
        switch message.role {
        case .system:
            return ["role": "system", "content": .string(message.text)]
        case .user:
            return ["role": "user", "content": content(message.content)]
        case .assistant:
            var object: [String: JSONValue] = ["role": "assistant"]
            let text = message.text
            object["content"] = text.isEmpty && !message.toolCalls.isEmpty ? .null : .string(text)
            if !message.toolCalls.isEmpty {
                object["tool_calls"] = .array(
                    message.toolCalls.map { call in
                        [
                            "id": .string(call.id), "type": "function",
                            "function": ["name": .string(call.name), "arguments": .string(call.arguments)],
                        ]
                    })
            }
            return .object(object)
        case .tool:
            return [
                "role": "tool", "tool_call_id": .string(message.toolCallID ?? ""), "content": .string(message.text),
            ]
        }
    }

    /// User content: a plain string when it is only text, otherwise typed parts.
    private static func content(_ parts: [ContentPart]) -> JSONValue {
        let hasImage = parts.contains { if case .image = $0 { true } else { false } }
        guard hasImage else { return .string(WireJSON.text(parts)) }
        return .array(
            parts.map { part in
                switch part {
                case .text(let text):
                    return ["type": "text", "text": .string(text)]
                case .image(.url(let url)):
                    return ["type": "image_url", "image_url": ["url": .string(url)]]
                case .image(.base64(let mediaType, let data)):
                    return ["type": "image_url", "image_url": ["url": .string("data:\(mediaType);base64,\(data)")]]
                }
            })
    }
}

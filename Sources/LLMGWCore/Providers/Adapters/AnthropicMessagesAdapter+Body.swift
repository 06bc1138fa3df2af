extension AnthropicMessagesAdapter {
    /// The Messages body for `request`, without `options`.
    ///
    /// System messages go to the top-level `system`; tool results become `tool_result` blocks of a
    /// user turn and tool calls `tool_use` blocks with parsed `input`; consecutive turns of the same
    /// role are merged, since the API alternates user and assistant. `seed` has no equivalent and is
    /// left out.
    ///
    /// Anthropic has no `response_format`: a JSON response format is expressed as an instruction
    /// appended to the system prompt (for a schema, the schema itself is included), which the
    /// caller's JSON parsing then checks.
    static func body(for request: ChatRequest, model: String) throws(ProviderError) -> [String: JSONValue] {
        var system: [String] = []
        var merged = MergedTurns()
        for message in request.messages {
            switch message.role {
            case .system:
                let text = message.text
                if !text.isEmpty { system.append(text) }
            case .user:
                merged.append("user", message.content.compactMap(block))
            case .assistant:
                var blocks = message.content.compactMap(block)
                for call in message.toolCalls {
                    blocks.append([
                        "type": "tool_use", "id": .string(call.id), "name": .string(call.name),
                        "input": try WireJSON.arguments(of: call, api: api),
                    ])
                }
                merged.append("assistant", blocks)
            case .tool:
                merged.append(
                    "user",
                    [
                        [
                            "type": "tool_result", "tool_use_id": .string(message.toolCallID ?? ""),
                            "content": .string(message.text),
                        ]
                    ])
            }
        }
        if let instruction = jsonInstruction(request.responseFormat) { system.append(instruction) }

        var body: [String: JSONValue] = [
            "model": .string(model),
            "max_tokens": .number(Double(request.maxTokens ?? defaultMaxTokens)),
            "messages": .array(merged.turns.map { ["role": .string($0.role), "content": .array($0.items)] }),
        ]
        if !system.isEmpty { body["system"] = .string(system.joined(separator: "\n\n")) }
        if let temperature = request.temperature { body["temperature"] = .number(temperature) }
        if let topP = request.topP { body["top_p"] = .number(topP) }
        if !request.stop.isEmpty { body["stop_sequences"] = .array(request.stop.map(JSONValue.string)) }
        if !request.tools.isEmpty {
            body["tools"] = .array(
                request.tools.map { tool in
                    var object: [String: JSONValue] = ["name": .string(tool.name), "input_schema": tool.parameters]
                    if let description = tool.description { object["description"] = .string(description) }
                    return .object(object)
                })
        }
        switch request.toolChoice {
        case nil: break
        case .auto?: body["tool_choice"] = ["type": "auto"]
        case .none?: body["tool_choice"] = ["type": "none"]
        case .required?: body["tool_choice"] = ["type": "any"]
        case .function(let name)?: body["tool_choice"] = ["type": "tool", "name": .string(name)]
        }
        if request.stream { body["stream"] = true }
        return body
    }

    /// A content block; empty text is dropped, since the API rejects empty text blocks.
    private static func block(_ part: ContentPart) -> JSONValue? {
        switch part {
        case .text(let text):
            return text.isEmpty ? nil : ["type": "text", "text": .string(text)]
        case .image(.url(let url)):
            return ["type": "image", "source": ["type": "url", "url": .string(url)]]
        case .image(.base64(let mediaType, let data)):
            return [
                "type": "image",
                "source": ["type": "base64", "media_type": .string(mediaType), "data": .string(data)],
            ]
        }
    }

    /// The system instruction standing in for a JSON response format.
    static func jsonInstruction(_ format: ResponseFormat?) -> String? {
        switch format {
        case nil, .text:
            return nil
        case .jsonObject:
            return "Respond with a single valid JSON object and nothing else: no prose, no code fences."
        case .jsonSchema(let name, let schema, _):
            return "Respond with a single valid JSON value and nothing else (no prose, no code fences) that "
                + "matches the JSON Schema named \"\(name)\": \(schema.serialized())"
        }
    }
}

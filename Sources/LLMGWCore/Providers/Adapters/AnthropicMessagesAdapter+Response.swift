extension AnthropicMessagesAdapter {
    /// Decodes a whole `message` body into events.
    static func decodeMessage(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent] {
        let json = try WireJSON.parse(body, api: api, what: "a response body")
        if WireJSON.carriesError(json) {
            let error = ProviderErrorBody(json: json)
            throw error.providerError(status: error.impliedStatus ?? 500, headers: [:], api: api, inBody: true)
        }
        guard let content = json["content"]?.arrayValue else {
            throw .malformedResponse(
                message: "\(api) sent a response without a content array; is the base URL the Messages API?")
        }
        var events: [ChatEvent] = []
        let id = json["id"]?.stringValue
        let model = json["model"]?.stringValue
        if id != nil || model != nil { events.append(.started(id: id, model: model)) }
        var toolIndex = 0
        for block in content {
            switch block["type"]?.stringValue {
            case "text":
                if let text = block["text"]?.stringValue, !text.isEmpty { events.append(.textDelta(text)) }
            case "thinking":
                if let text = block["thinking"]?.stringValue, !text.isEmpty { events.append(.reasoningDelta(text)) }
            case "tool_use":
                events.append(
                    .toolCallDelta(
                        ToolCallDelta(
                            index: toolIndex, id: block["id"]?.stringValue, name: block["name"]?.stringValue,
                            argumentsFragment: (block["input"] ?? .object([:])).serialized())))
                toolIndex += 1
            default:
                break
            }
        }
        if let usage = json["usage"] {
            var counts = UsageCounts()
            counts.update(from: usage)
            events.append(.usage(counts.usage))
        }
        events.append(.finish(stopReason(json["stop_reason"]?.stringValue)))
        return events
    }

    /// Maps a `stop_reason`; `nil` (never seen in practice) counts as a normal stop.
    static func stopReason(_ raw: String?) -> FinishReason {
        switch raw {
        case nil, "end_turn", "stop_sequence": .stop
        case "max_tokens", "model_context_window_exceeded": .length
        case "tool_use": .toolCalls
        case "refusal": .contentFilter
        case .some(let other): .other(other)
        }
    }

    /// Anthropic's token counters, merged as they arrive.
    ///
    /// `input_tokens` excludes cache reads and writes, so ``Usage/inputTokens`` is
    /// `input + cache_read + cache_creation`. Every count present replaces the previous one
    /// (`message_delta` usage is cumulative).
    struct UsageCounts: Sendable {
        var input = 0
        var cacheRead = 0
        var cacheCreation = 0
        var output = 0

        mutating func update(from json: JSONValue) {
            if let value = json["input_tokens"]?.intValue { input = value }
            if let value = json["cache_read_input_tokens"]?.intValue { cacheRead = value }
            if let value = json["cache_creation_input_tokens"]?.intValue { cacheCreation = value }
            if let value = json["output_tokens"]?.intValue { output = value }
        }

        var usage: Usage {
            Usage(
                inputTokens: input + cacheRead + cacheCreation, outputTokens: output, cachedInputTokens: cacheRead,
                cacheWriteTokens: cacheCreation)
        }
    }
}

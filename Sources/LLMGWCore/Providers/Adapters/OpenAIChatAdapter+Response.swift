extension OpenAIChatAdapter {
    /// Decodes a whole `chat.completion` body into events.
    static func decodeCompletion(_ body: [UInt8], api: String) throws(ProviderError) -> [ChatEvent] {
        let json = try WireJSON.parse(body, api: api, what: "a response body")
        if WireJSON.carriesError(json) {
            let error = ProviderErrorBody(json: json)
            throw error.providerError(status: error.impliedStatus ?? 500, headers: [:], api: api, inBody: true)
        }
        guard let choice = json["choices"]?[0], let message = choice["message"] else {
            throw .malformedResponse(
                message: "\(api) sent a response without choices[0].message; is the base URL an OpenAI-compatible API?")
        }
        var events: [ChatEvent] = []
        let id = json["id"]?.stringValue
        let model = json["model"]?.stringValue
        if id != nil || model != nil { events.append(.started(id: id, model: model)) }
        if let reasoning = reasoningText(message), !reasoning.isEmpty { events.append(.reasoningDelta(reasoning)) }
        if let text = message["content"]?.stringValue, !text.isEmpty {
            events.append(.textDelta(text))
        } else if let refusal = message["refusal"]?.stringValue, !refusal.isEmpty {
            events.append(.textDelta(refusal))
        }
        for (index, call) in (message["tool_calls"]?.arrayValue ?? []).enumerated() {
            let function = call["function"]
            events.append(
                .toolCallDelta(
                    ToolCallDelta(
                        index: call["index"]?.intValue ?? index, id: call["id"]?.stringValue,
                        name: function?["name"]?.stringValue,
                        argumentsFragment: function?["arguments"]?.stringValue ?? "")))
        }
        if let usage = usage(json["usage"]) { events.append(.usage(usage)) }
        // A whole body cannot be cut short; a server that omits finish_reason stopped normally.
        events.append(.finish(finishReason(choice["finish_reason"]?.stringValue ?? "stop")))
        return events
    }

    /// Reasoning text: `reasoning_content` (DeepSeek, llama.cpp, vLLM) or `reasoning` (OpenRouter, Ollama).
    static func reasoningText(_ message: JSONValue) -> String? {
        message["reasoning_content"]?.stringValue ?? message["reasoning"]?.stringValue
    }

    /// Maps a `usage` object; `nil` when absent or `null`.
    ///
    /// `cached_tokens` is part of `prompt_tokens` and `reasoning_tokens` part of
    /// `completion_tokens`, as ``Usage`` wants. DeepSeek's `prompt_cache_hit_tokens` and
    /// OpenRouter's `cache_write_tokens` are read too.
    static func usage(_ json: JSONValue?) -> Usage? {
        guard let json, case .object = json else { return nil }
        let promptDetails = json["prompt_tokens_details"]
        let completionDetails = json["completion_tokens_details"]
        return Usage(
            inputTokens: json["prompt_tokens"]?.intValue ?? 0,
            outputTokens: json["completion_tokens"]?.intValue ?? 0,
            cachedInputTokens: promptDetails?["cached_tokens"]?.intValue ?? json["prompt_cache_hit_tokens"]?.intValue
                ?? 0,
            cacheWriteTokens: promptDetails?["cache_write_tokens"]?.intValue ?? 0,
            reasoningTokens: completionDetails?["reasoning_tokens"]?.intValue ?? 0)
    }

    /// Maps a `finish_reason`.
    static func finishReason(_ raw: String) -> FinishReason {
        switch raw {
        case "stop", "end_turn", "stop_sequence": .stop
        case "length", "max_tokens": .length
        case "tool_calls", "function_call", "tool_use": .toolCalls
        case "content_filter": .contentFilter
        default: .other(raw)
        }
    }
}

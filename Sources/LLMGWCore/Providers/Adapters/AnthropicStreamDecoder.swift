/// Decodes an Anthropic Messages SSE stream: `message_start`, content blocks, `message_delta`,
/// `message_stop`.
///
/// Usage is yielded at `message_delta` (cumulative, merged with `message_start`'s input and cache
/// counts) and the finish reason at `message_stop`, the terminal marker. A stream without
/// `message_stop`, or with a block that never got its `content_block_stop`, is truncated.
/// `ping` and unknown events are ignored; `event: error` throws the typed error
/// (`overloaded_error` → ``ProviderError/overloaded(message:retryAfter:)``).
struct AnthropicStreamDecoder: ChatStreamDecoder {
    private enum Block {
        case text
        case thinking
        case tool(index: Int, hasArguments: Bool)
        case other
    }

    private static let api = AnthropicMessagesAdapter.api
    private(set) var isFinished = false
    private var openBlocks: [Int: Block] = [:]
    private var toolCount = 0
    private var counts = AnthropicMessagesAdapter.UsageCounts()
    private var stopReason: String?

    mutating func decode(_ event: SSEEvent) throws(ProviderError) -> [ChatEvent] {
        if isFinished || event.type == "ping" { return [] }
        let json = try WireJSON.parse(event: event, api: Self.api)
        let type = json["type"]?.stringValue ?? event.type
        if type == "error" || event.type == "error" || json["error"].map({ !$0.isNull }) == true {
            let error = ProviderErrorBody(json: json)
            throw error.providerError(status: error.impliedStatus ?? 500, headers: [:], api: Self.api, inBody: true)
        }
        switch type {
        case "message_start":
            let message = json["message"]
            if let usage = message?["usage"] { counts.update(from: usage) }
            let id = message?["id"]?.stringValue
            let model = message?["model"]?.stringValue
            return id == nil && model == nil ? [] : [.started(id: id, model: model)]
        case "content_block_start":
            return try blockStart(json)
        case "content_block_delta":
            return blockDelta(json)
        case "content_block_stop":
            guard let index = json["index"]?.intValue, let block = openBlocks.removeValue(forKey: index) else {
                return []
            }
            if case .tool(let toolIndex, false) = block {
                // No input_json_delta at all: the input is empty, which means `{}`.
                return [.toolCallDelta(ToolCallDelta(index: toolIndex, argumentsFragment: "{}"))]
            }
            return []
        case "message_delta":
            if let reason = json["delta"]?["stop_reason"]?.stringValue { stopReason = reason }
            guard let usage = json["usage"] else { return [] }
            counts.update(from: usage)
            return [.usage(counts.usage)]
        case "message_stop":
            isFinished = true
            return [.finish(AnthropicMessagesAdapter.stopReason(stopReason))]
        default:
            return []
        }
    }

    private mutating func blockStart(_ json: JSONValue) throws(ProviderError) -> [ChatEvent] {
        guard let index = json["index"]?.intValue, let block = json["content_block"] else {
            throw .malformedResponse(message: "\(Self.api) sent content_block_start without an index or block")
        }
        switch block["type"]?.stringValue {
        case "text":
            openBlocks[index] = .text
            let text = block["text"]?.stringValue ?? ""
            return text.isEmpty ? [] : [.textDelta(text)]
        case "thinking":
            openBlocks[index] = .thinking
            let text = block["thinking"]?.stringValue ?? ""
            return text.isEmpty ? [] : [.reasoningDelta(text)]
        case "tool_use":
            let toolIndex = toolCount
            toolCount += 1
            var fragment = ""
            if let input = block["input"], let members = input.objectValue, !members.isEmpty {
                fragment = input.serialized()
            }
            openBlocks[index] = .tool(index: toolIndex, hasArguments: !fragment.isEmpty)
            return [
                .toolCallDelta(
                    ToolCallDelta(
                        index: toolIndex, id: block["id"]?.stringValue, name: block["name"]?.stringValue,
                        argumentsFragment: fragment))
            ]
        default:
            openBlocks[index] = .other
            return []
        }
    }

    private mutating func blockDelta(_ json: JSONValue) -> [ChatEvent] {
        guard let index = json["index"]?.intValue, let delta = json["delta"] else { return [] }
        switch delta["type"]?.stringValue {
        case "text_delta":
            let text = delta["text"]?.stringValue ?? ""
            return text.isEmpty ? [] : [.textDelta(text)]
        case "thinking_delta":
            let text = delta["thinking"]?.stringValue ?? ""
            return text.isEmpty ? [] : [.reasoningDelta(text)]
        case "input_json_delta":
            let fragment = delta["partial_json"]?.stringValue ?? ""
            guard !fragment.isEmpty, case .tool(let toolIndex, _) = openBlocks[index] else { return [] }
            openBlocks[index] = .tool(index: toolIndex, hasArguments: true)
            return [.toolCallDelta(ToolCallDelta(index: toolIndex, argumentsFragment: fragment))]
        default:
            return []
        }
    }

    mutating func finish() throws(ProviderError) -> [ChatEvent] {
        guard isFinished else {
            throw .streamTruncated(message: "\(Self.api) stream ended before message_stop; retry the call")
        }
        if let open = openBlocks.keys.min() {
            throw .streamTruncated(
                message: "\(Self.api) stream ended with content block \(open) still open (no content_block_stop)")
        }
        return []
    }
}

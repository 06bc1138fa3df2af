/// Decodes Gemini `GenerateContentResponse` chunks (`streamGenerateContent?alt=sse`, or one whole
/// `generateContent` body).
///
/// There is no sentinel: the chunk whose candidate has a `finishReason` ends the answer, and its
/// `usageMetadata` (or the last one seen) is yielded just before the finish. A stream that ends
/// without any `finishReason` is truncated. A blocked prompt (`promptFeedback.blockReason`, no
/// candidates) finishes with ``FinishReason/contentFilter``. `{"error":…}` throws the typed error.
struct GeminiStreamDecoder: ChatStreamDecoder {
    private static let api = GeminiAdapter.api
    private(set) var isFinished = false
    private var started = false
    private var toolCount = 0
    private var lastUsage: Usage?
    private var chunkCount = 0

    mutating func decode(_ event: SSEEvent) throws(ProviderError) -> [ChatEvent] {
        try decode(chunk: WireJSON.parse(event: event, api: Self.api))
    }

    /// Decodes one parsed response chunk.
    mutating func decode(chunk json: JSONValue) throws(ProviderError) -> [ChatEvent] {
        if WireJSON.carriesError(json) {
            let error = ProviderErrorBody(json: json)
            throw error.providerError(status: error.impliedStatus ?? 500, headers: [:], api: Self.api, inBody: true)
        }
        guard case .object = json else {
            throw .malformedResponse(message: "\(Self.api) sent a response chunk that is not a JSON object")
        }
        chunkCount += 1
        var events: [ChatEvent] = []
        if !started {
            let id = json["responseId"]?.stringValue
            let model = json["modelVersion"]?.stringValue
            if id != nil || model != nil {
                started = true
                events.append(.started(id: id, model: model))
            }
        }
        let usage = json["usageMetadata"].flatMap(Self.usage)
        if let usage { lastUsage = usage }
        if isFinished {
            // Anything after the finish reason can only refine the usage.
            if let usage { events.append(.usage(usage)) }
            return events
        }
        let candidate = json["candidates"]?[0]
        for part in candidate?["content"]?["parts"]?.arrayValue ?? [] {
            decodePart(part, into: &events)
        }
        if let raw = candidate?["finishReason"]?.stringValue {
            isFinished = true
            if let lastUsage { events.append(.usage(lastUsage)) }
            events.append(.finish(finishReason(raw)))
        } else if candidate == nil, json["promptFeedback"]?["blockReason"]?.stringValue != nil {
            isFinished = true
            if let lastUsage { events.append(.usage(lastUsage)) }
            events.append(.finish(.contentFilter))
        }
        return events
    }

    private mutating func decodePart(_ part: JSONValue, into events: inout [ChatEvent]) {
        if let text = part["text"]?.stringValue, !text.isEmpty {
            events.append(part["thought"]?.boolValue == true ? .reasoningDelta(text) : .textDelta(text))
        } else if let call = part["functionCall"] {
            let index = toolCount
            toolCount += 1
            events.append(
                .toolCallDelta(
                    ToolCallDelta(
                        index: index, id: call["id"]?.stringValue ?? "call_\(index)", name: call["name"]?.stringValue,
                        argumentsFragment: (call["args"] ?? .object([:])).serialized())))
        }
    }

    /// Maps a `finishReason`; `STOP` after function calls is reported as ``FinishReason/toolCalls``.
    private func finishReason(_ raw: String) -> FinishReason {
        switch raw {
        case "STOP": toolCount > 0 ? .toolCalls : .stop
        case "MAX_TOKENS": .length
        case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY",
            "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION":
            .contentFilter
        default: .other(raw.lowercased())
        }
    }

    /// Maps `usageMetadata`: output = candidates + thoughts; the tool-use prompt counts as input.
    static func usage(_ json: JSONValue) -> Usage? {
        guard case .object = json else { return nil }
        let thoughts = json["thoughtsTokenCount"]?.intValue ?? 0
        return Usage(
            inputTokens: (json["promptTokenCount"]?.intValue ?? 0) + (json["toolUsePromptTokenCount"]?.intValue ?? 0),
            outputTokens: (json["candidatesTokenCount"]?.intValue ?? 0) + thoughts,
            cachedInputTokens: json["cachedContentTokenCount"]?.intValue ?? 0,
            reasoningTokens: thoughts)
    }

    mutating func finish() throws(ProviderError) -> [ChatEvent] {
        guard isFinished else {
            throw .streamTruncated(
                message: "\(Self.api) stream ended after \(chunkCount) chunks without a finishReason; retry the call")
        }
        return []
    }
}

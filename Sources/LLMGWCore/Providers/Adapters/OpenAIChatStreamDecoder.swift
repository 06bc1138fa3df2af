/// Decodes a Chat Completions SSE stream (`chat.completion.chunk` events, then `data: [DONE]`).
///
/// Only choice 0 is decoded. The finish reason is held back and yielded after the usage chunk, at
/// `[DONE]`, so consumers see usage before the stream's last event.
///
/// Termination: the normal end is `[DONE]` after a `finish_reason`. A stream that ends after a
/// `finish_reason` without `[DONE]` is accepted (some compatible servers omit it, and llama.cpp puts
/// usage on the finish chunk); the usage-only chunk may then be missing. A stream that ends without
/// any `finish_reason` — with or without `[DONE]` — is truncated. Azure's empty first chunk
/// (`"id":""`, `choices:[]`, `prompt_filter_results`) yields nothing.
struct OpenAIChatStreamDecoder: ChatStreamDecoder {
    let api: String
    private(set) var isFinished = false
    private var started = false
    private var finishReason: FinishReason?
    private var chunkCount = 0

    init(api: String) {
        self.api = api
    }

    mutating func decode(_ event: SSEEvent) throws(ProviderError) -> [ChatEvent] {
        if isFinished { return [] }
        if event.data == "[DONE]" {
            isFinished = true
            return finishReason.map { [.finish($0)] } ?? []
        }
        if event.type != "error", let chunk = OpenAIChunk.read(event.data) {
            return apply(chunk)
        }
        // The slow path: unusual chunks, errors and malformed data.
        let json = try WireJSON.parse(event: event, api: api)
        if WireJSON.carriesError(json) || event.type == "error" {
            let error = ProviderErrorBody(json: json)
            throw error.providerError(status: error.impliedStatus ?? 500, headers: [:], api: api, inBody: true)
        }
        guard case .object(let object) = json else {
            throw .malformedResponse(
                message: "\(api) sent a stream event that is not a JSON object: \(ProviderErrorBody.clean(event.data))")
        }
        return apply(OpenAIChunk(json: object))
    }

    private mutating func apply(_ chunk: OpenAIChunk) -> [ChatEvent] {
        chunkCount += 1
        var events: [ChatEvent] = []
        if !started {
            let id = chunk.id.flatMap { $0.isEmpty ? nil : $0 }
            let model = chunk.model.flatMap { $0.isEmpty ? nil : $0 }
            if id != nil || model != nil {
                started = true
                events.append(.started(id: id, model: model))
            }
        }
        if chunk.hasChoice {
            if let reasoning = chunk.reasoning, !reasoning.isEmpty { events.append(.reasoningDelta(reasoning)) }
            if let text = chunk.content, !text.isEmpty {
                events.append(.textDelta(text))
            } else if let refusal = chunk.refusal, !refusal.isEmpty {
                events.append(.textDelta(refusal))
            }
            for (position, call) in (chunk.toolCalls?.arrayValue ?? []).enumerated() {
                let function = call["function"]
                events.append(
                    .toolCallDelta(
                        ToolCallDelta(
                            index: call["index"]?.intValue ?? position, id: call["id"]?.stringValue,
                            name: function?["name"]?.stringValue,
                            argumentsFragment: function?["arguments"]?.stringValue ?? "")))
            }
            if let reason = chunk.finishReason { finishReason = OpenAIChatAdapter.finishReason(reason) }
        }
        if let usage = OpenAIChatAdapter.usage(chunk.usage) { events.append(.usage(usage)) }
        return events
    }

    mutating func finish() throws(ProviderError) -> [ChatEvent] {
        guard let finishReason else {
            let marker = isFinished ? "[DONE] arrived before any finish_reason" : "it ended before data: [DONE]"
            throw .streamTruncated(
                message: "\(api) stream is incomplete after \(chunkCount) chunks: \(marker); retry the call")
        }
        if isFinished { return [] }
        isFinished = true
        return [.finish(finishReason)]
    }
}

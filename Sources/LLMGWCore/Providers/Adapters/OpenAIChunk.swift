/// The members of one `chat.completion.chunk` that llmgw uses, read without building a JSON tree.
///
/// Reading a typical 250-byte chunk this way costs a fraction of a full ``JSONValue`` parse, which
/// matters for 100k-token streams. ``read(_:)`` returns `nil` for anything unusual (an `error`
/// member, a non-object, invalid JSON); the decoder then takes the full-parse path, which also
/// produces the exact error.
struct OpenAIChunk: Equatable {
    var id: String?
    var model: String?
    /// Whether a choice with index 0 was present.
    var hasChoice = false
    var content: String?
    var reasoning: String?
    var refusal: String?
    var toolCalls: JSONValue?
    var finishReason: String?
    var usage: JSONValue?

    /// The same members taken from a fully parsed chunk (the slow path).
    init(json: [String: JSONValue]) {
        id = json["id"]?.stringValue
        model = json["model"]?.stringValue
        for choice in json["choices"]?.arrayValue ?? [] where (choice["index"]?.intValue ?? 0) == 0 {
            hasChoice = true
            let delta = choice["delta"]
            content = delta?["content"]?.stringValue
            reasoning = delta.flatMap(OpenAIChatAdapter.reasoningText)
            refusal = delta?["refusal"]?.stringValue
            toolCalls = delta?["tool_calls"].flatMap { $0.isNull ? nil : $0 }
            finishReason = choice["finish_reason"]?.stringValue
        }
        usage = json["usage"].flatMap { $0.isNull ? nil : $0 }
    }

    init() {}

    /// Reads a chunk's data, or `nil` when the fast path does not apply.
    static func read(_ data: String) -> OpenAIChunk? {
        var data = data
        return data.withUTF8 { buffer in
            var skimmer = JSONSkimmer(buffer)
            return try? read(&skimmer)
        }
    }

    private static func read(_ skimmer: inout JSONSkimmer) throws(JSONSkimmer.Failure) -> OpenAIChunk? {
        var chunk = OpenAIChunk()
        try skimmer.expect(UInt8(ascii: "{"))
        var first = true
        while let key = try skimmer.nextMember(&first) {
            if JSONSkimmer.matches(key, "id") {
                chunk.id = try skimmer.stringOrNull()
            } else if JSONSkimmer.matches(key, "model") {
                chunk.model = try skimmer.stringOrNull()
            } else if JSONSkimmer.matches(key, "choices") {
                try readChoices(&skimmer, into: &chunk)
            } else if JSONSkimmer.matches(key, "usage") {
                let usage = try skimmer.value()
                chunk.usage = usage.isNull ? nil : usage
            } else if JSONSkimmer.matches(key, "error") {
                guard skimmer.skipNull() else { return nil }
            } else if JSONSkimmer.matches(key, "object") || JSONSkimmer.matches(key, "type") {
                // `"object":"error"` (vLLM) is an error: leave it to the full parse.
                guard skimmer.peek() == UInt8(ascii: "\"") || skimmer.peek() == UInt8(ascii: "n") else { return nil }
                guard try skimmer.stringOrNull() != "error" else { return nil }
            } else {
                try skimmer.skipValue()
            }
        }
        guard skimmer.isAtEnd else { return nil }
        return chunk
    }

    private static func readChoices(
        _ skimmer: inout JSONSkimmer, into chunk: inout OpenAIChunk
    ) throws(JSONSkimmer.Failure) {
        if skimmer.skipNull() { return }
        try skimmer.expect(UInt8(ascii: "["))
        var firstElement = true
        while try skimmer.nextElement(&firstElement) {
            var choice = OpenAIChunk()
            var index = 0
            try skimmer.expect(UInt8(ascii: "{"))
            var first = true
            while let key = try skimmer.nextMember(&first) {
                if JSONSkimmer.matches(key, "index") {
                    index = try skimmer.smallIntOrNull() ?? 0
                } else if JSONSkimmer.matches(key, "delta") {
                    try readDelta(&skimmer, into: &choice)
                } else if JSONSkimmer.matches(key, "finish_reason") {
                    choice.finishReason = try skimmer.stringOrNull()
                } else {
                    try skimmer.skipValue()
                }
            }
            if index == 0 {
                chunk.hasChoice = true
                chunk.content = choice.content
                chunk.reasoning = choice.reasoning
                chunk.refusal = choice.refusal
                chunk.toolCalls = choice.toolCalls
                chunk.finishReason = choice.finishReason
            }
        }
    }

    private static func readDelta(
        _ skimmer: inout JSONSkimmer, into choice: inout OpenAIChunk
    ) throws(JSONSkimmer.Failure) {
        if skimmer.skipNull() { return }
        try skimmer.expect(UInt8(ascii: "{"))
        var first = true
        while let key = try skimmer.nextMember(&first) {
            if JSONSkimmer.matches(key, "content") {
                choice.content = try optionalString(&skimmer)
            } else if JSONSkimmer.matches(key, "reasoning_content") {
                choice.reasoning = try optionalString(&skimmer) ?? choice.reasoning
            } else if JSONSkimmer.matches(key, "reasoning") {
                if choice.reasoning == nil {
                    choice.reasoning = try optionalString(&skimmer)
                } else {
                    try skimmer.skipValue()
                }
            } else if JSONSkimmer.matches(key, "refusal") {
                choice.refusal = try optionalString(&skimmer)
            } else if JSONSkimmer.matches(key, "tool_calls") {
                let calls = try skimmer.value()
                choice.toolCalls = calls.isNull ? nil : calls
            } else {
                try skimmer.skipValue()
            }
        }
    }

    /// A string member, or `nil` for `null` or any non-string value (which the full parse ignores too).
    private static func optionalString(_ skimmer: inout JSONSkimmer) throws(JSONSkimmer.Failure) -> String? {
        guard skimmer.peek() == UInt8(ascii: "\"") || skimmer.peek() == UInt8(ascii: "n") else {
            try skimmer.skipValue()
            return nil
        }
        return try skimmer.stringOrNull()
    }
}

/// The Gemini stream of a ``MockCompletion``: one `GenerateContentResponse` per token, the last
/// with `finishReason` and `usageMetadata`; as SSE (`alt=sse`) or as one JSON array sent in pieces.
struct MockGeminiStream: MockStreamEncoder {
    let completion: MockCompletion
    /// Server-sent events when true, else a JSON array.
    let serverSentEvents: Bool
    /// `{"candidates":[{"content":{"role":"model","parts":[`
    private static let chunkHead = Array(#"{"candidates":[{"content":{"role":"model","parts":["#.utf8)
    /// `,"modelVersion":…,"responseId":…}`
    private let chunkTail: [UInt8]

    init(completion: MockCompletion, serverSentEvents: Bool) {
        self.completion = completion
        self.serverSentEvents = serverSentEvents
        var tail = Array(#","modelVersion":"#.utf8)
        JSONValue.writeString(completion.model, to: &tail)
        tail.append(contentsOf: #","responseId":"mock-"#.utf8)
        tail.append(contentsOf: completion.serial.utf8)
        tail.append(contentsOf: #""}"#.utf8)
        chunkTail = tail
    }

    /// One step per text piece, plus one for the whole function call.
    var tokenCount: Int { completion.pieces.count + (completion.toolCall == nil ? 0 : 1) }

    func writeOpening(to output: inout [UInt8]) {
        if !serverSentEvents { output.append(UInt8(ascii: "[")) }
    }

    func writeToken(_ index: Int, to output: inout [UInt8]) {
        open(index, to: &output)
        output.append(contentsOf: Self.chunkHead)
        if index < completion.pieces.count {
            output.append(contentsOf: #"{"text":"#.utf8)
            JSONValue.writeString(completion.pieces[index], to: &output)
            output.append(UInt8(ascii: "}"))
        } else if let call = completion.toolCall {
            Self.functionCall(call).write(to: &output)
        }
        output.append(contentsOf: #"]},"index":0}]"#.utf8)
        output.append(contentsOf: chunkTail)
        close(to: &output)
    }

    func writeClosing(to output: inout [UInt8]) {
        open(tokenCount, to: &output)
        output.append(contentsOf: Self.chunkHead)
        output.append(contentsOf: #"{"text":""}]},"finishReason":""#.utf8)
        output.append(contentsOf: completion.finish.gemini.utf8)
        output.append(contentsOf: #"","index":0}],"usageMetadata":"#.utf8)
        Self.usage(completion).write(to: &output)
        output.append(contentsOf: chunkTail)
        close(to: &output)
        if !serverSentEvents { output.append(UInt8(ascii: "]")) }
    }

    func writeMalformed(to output: inout [UInt8]) {
        if serverSentEvents {
            output.append(contentsOf: "data: {\"candidates\":[malformed\r\n\r\n".utf8)
        } else {
            output.append(contentsOf: ",{malformed".utf8)
        }
    }

    private func open(_ index: Int, to output: inout [UInt8]) {
        if serverSentEvents {
            output.append(contentsOf: "data: ".utf8)
        } else if index > 0 {
            output.append(contentsOf: ",\r\n".utf8)
        }
    }

    private func close(to output: inout [UInt8]) {
        if serverSentEvents { output.append(contentsOf: "\r\n\r\n".utf8) }
    }

    private static func functionCall(_ call: MockToolCall) -> JSONValue {
        ["functionCall": ["name": .string(call.name), "args": MockToolCall.arguments]]
    }

    /// Gemini's `usageMetadata`.
    static func usage(_ completion: MockCompletion) -> JSONValue {
        [
            "promptTokenCount": .number(Double(completion.inputTokens)),
            "candidatesTokenCount": .number(Double(completion.outputTokens)),
            "totalTokenCount": .number(Double(completion.inputTokens + completion.outputTokens)),
        ]
    }

    /// The non-streamed `GenerateContentResponse` body.
    static func body(_ completion: MockCompletion) -> [UInt8] {
        var parts: [JSONValue] = []
        if !completion.pieces.isEmpty || completion.toolCall == nil {
            parts.append(["text": .string(completion.text)])
        }
        if let call = completion.toolCall { parts.append(functionCall(call)) }
        let body: JSONValue = [
            "candidates": [
                [
                    "content": ["role": "model", "parts": .array(parts)],
                    "finishReason": .string(completion.finish.gemini), "index": 0,
                ]
            ],
            "usageMetadata": usage(completion), "modelVersion": .string(completion.model),
            "responseId": .string("mock-" + completion.serial),
        ]
        return body.serializedBytes()
    }
}

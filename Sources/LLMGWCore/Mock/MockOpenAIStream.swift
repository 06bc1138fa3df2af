/// The OpenAI Chat Completions stream of a ``MockCompletion``: `data:` chunks, the optional
/// `choices:[]` usage chunk, then `data: [DONE]`.
struct MockOpenAIStream: MockStreamEncoder {
    let completion: MockCompletion
    let includeUsage: Bool
    /// `data: {"id":…,"object":"chat.completion.chunk","created":…,"model":…,"choices":[`
    private let chunkHead: [UInt8]
    /// What closes a chunk with a choice: `]` plus `,"usage":null` when usage is on, then `}` and the blank line.
    private let choiceTail: [UInt8]

    init(completion: MockCompletion, includeUsage: Bool) {
        self.completion = completion
        self.includeUsage = includeUsage
        var head = Array(#"data: {"id":"chatcmpl-mock-"#.utf8)
        head.append(contentsOf: completion.serial.utf8)
        head.append(contentsOf: #"","object":"chat.completion.chunk","created":"#.utf8)
        head.append(contentsOf: String(MockCompletion.created).utf8)
        head.append(contentsOf: #","model":"#.utf8)
        JSONValue.writeString(completion.model, to: &head)
        head.append(contentsOf: #","choices":["#.utf8)
        chunkHead = head
        choiceTail = Array((includeUsage ? "]," + #""usage":null}"# : "]}").utf8) + [0x0A, 0x0A]
    }

    var tokenCount: Int { completion.pieces.count + (completion.toolCall?.argumentPieces.count ?? 0) }

    func writeOpening(to output: inout [UInt8]) {
        output.append(contentsOf: chunkHead)
        output.append(
            contentsOf: #"{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}"#
                .utf8)
        output.append(contentsOf: choiceTail)
    }

    func writeToken(_ index: Int, to output: inout [UInt8]) {
        output.append(contentsOf: chunkHead)
        let textCount = completion.pieces.count
        if index < textCount {
            output.append(contentsOf: #"{"index":0,"delta":{"content":"#.utf8)
            JSONValue.writeString(completion.pieces[index], to: &output)
            output.append(contentsOf: "},".utf8)
        } else if let call = completion.toolCall {
            let piece = index - textCount
            if piece == 0 {
                output.append(contentsOf: #"{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_mock_"#.utf8)
                output.append(contentsOf: call.id.utf8)
                output.append(contentsOf: #"","type":"function","function":{"name":"#.utf8)
                JSONValue.writeString(call.name, to: &output)
                output.append(contentsOf: #","arguments":"#.utf8)
            } else {
                output.append(
                    contentsOf: #"{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"#.utf8)
            }
            JSONValue.writeString(call.argumentPieces[piece], to: &output)
            output.append(contentsOf: "}}]},".utf8)
        }
        output.append(contentsOf: #""logprobs":null,"finish_reason":null}"#.utf8)
        output.append(contentsOf: choiceTail)
    }

    func writeClosing(to output: inout [UInt8]) {
        output.append(contentsOf: chunkHead)
        output.append(contentsOf: #"{"index":0,"delta":{},"logprobs":null,"finish_reason":""#.utf8)
        output.append(contentsOf: completion.finish.openAI.utf8)
        output.append(contentsOf: #""}"#.utf8)
        output.append(contentsOf: choiceTail)
        if includeUsage {
            output.append(contentsOf: chunkHead)
            output.append(contentsOf: #"],"usage":"#.utf8)
            Self.usage(completion).write(to: &output)
            output.append(contentsOf: "}\n\n".utf8)
        }
        output.append(contentsOf: "data: [DONE]\n\n".utf8)
    }

    func writeMalformed(to output: inout [UInt8]) {
        output.append(contentsOf: "data: {\"choices\":[{malformed\n\n".utf8)
    }

    /// OpenAI's `usage` object.
    static func usage(_ completion: MockCompletion) -> JSONValue {
        [
            "prompt_tokens": .number(Double(completion.inputTokens)),
            "completion_tokens": .number(Double(completion.outputTokens)),
            "total_tokens": .number(Double(completion.inputTokens + completion.outputTokens)),
            "prompt_tokens_details": ["cached_tokens": 0],
            "completion_tokens_details": ["reasoning_tokens": 0],
        ]
    }

    /// The non-streamed `chat.completion` body.
    static func body(_ completion: MockCompletion) -> [UInt8] {
        var message: [String: JSONValue] = ["role": "assistant", "refusal": .null]
        if let call = completion.toolCall {
            message["content"] = .null
            message["tool_calls"] = [
                [
                    "id": .string("call_mock_" + call.id), "type": "function",
                    "function": ["name": .string(call.name), "arguments": .string(MockToolCall.argumentsText)],
                ]
            ]
        } else {
            message["content"] = .string(completion.text)
        }
        let body: JSONValue = [
            "id": .string("chatcmpl-mock-" + completion.serial), "object": "chat.completion",
            "created": .number(Double(MockCompletion.created)), "model": .string(completion.model),
            "system_fingerprint": "fp_llmgw_mock",
            "choices": [
                [
                    "index": 0, "message": .object(message), "logprobs": .null,
                    "finish_reason": .string(completion.finish.openAI),
                ]
            ],
            "usage": usage(completion),
        ]
        return body.serializedBytes()
    }
}

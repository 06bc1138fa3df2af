/// The Anthropic Messages stream of a ``MockCompletion``: `message_start`, a `ping`, the content
/// blocks with their deltas, `message_delta` and `message_stop`.
struct MockAnthropicStream: MockStreamEncoder {
    let completion: MockCompletion
    /// Whether a text block comes first (always, unless the answer is only a tool call).
    private let hasTextBlock: Bool
    private static let deltaHead = Array(
        "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":".utf8)

    init(completion: MockCompletion) {
        self.completion = completion
        hasTextBlock = !completion.pieces.isEmpty || completion.toolCall == nil
    }

    var tokenCount: Int { completion.pieces.count + (completion.toolCall?.argumentPieces.count ?? 0) }

    func writeOpening(to output: inout [UInt8]) {
        let message: JSONValue = [
            "id": .string("msg_mock_" + completion.serial), "type": "message", "role": "assistant", "content": [],
            "model": .string(completion.model), "stop_reason": .null, "stop_sequence": .null,
            "usage": [
                "input_tokens": .number(Double(completion.inputTokens)), "output_tokens": 1,
                "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
            ],
        ]
        Self.event("message_start", ["type": "message_start", "message": message], to: &output)
        if hasTextBlock {
            output.append(contentsOf: "event: content_block_start\ndata: ".utf8)
            output.append(
                contentsOf: #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#.utf8)
            output.append(contentsOf: "\n\n".utf8)
        }
        output.append(contentsOf: "event: ping\ndata: {\"type\": \"ping\"}\n\n".utf8)
    }

    func writeToken(_ index: Int, to output: inout [UInt8]) {
        let textCount = completion.pieces.count
        if index < textCount {
            output.append(contentsOf: Self.deltaHead)
            output.append(contentsOf: #"0,"delta":{"type":"text_delta","text":"#.utf8)
            JSONValue.writeString(completion.pieces[index], to: &output)
            output.append(contentsOf: "}}\n\n".utf8)
            return
        }
        guard let call = completion.toolCall else { return }
        let piece = index - textCount
        let block = hasTextBlock ? 1 : 0
        if piece == 0 {
            if hasTextBlock { Self.blockStop(0, to: &output) }
            let start: JSONValue = [
                "type": "content_block_start", "index": .number(Double(block)),
                "content_block": [
                    "type": "tool_use", "id": .string("toolu_mock_" + call.id), "name": .string(call.name),
                    "input": [:],
                ],
            ]
            Self.event("content_block_start", start, to: &output)
        }
        output.append(contentsOf: Self.deltaHead)
        output.append(contentsOf: String(block).utf8)
        output.append(contentsOf: #","delta":{"type":"input_json_delta","partial_json":"#.utf8)
        JSONValue.writeString(call.argumentPieces[piece], to: &output)
        output.append(contentsOf: "}}\n\n".utf8)
    }

    func writeClosing(to output: inout [UInt8]) {
        Self.blockStop(completion.toolCall != nil && hasTextBlock ? 1 : 0, to: &output)
        let delta: JSONValue = [
            "type": "message_delta",
            "delta": ["stop_reason": .string(completion.finish.anthropic), "stop_sequence": .null],
            "usage": ["output_tokens": .number(Double(completion.outputTokens))],
        ]
        Self.event("message_delta", delta, to: &output)
        output.append(contentsOf: "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n".utf8)
    }

    func writeMalformed(to output: inout [UInt8]) {
        output.append(
            contentsOf: "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",malformed\n\n".utf8)
    }

    private static func blockStop(_ index: Int, to output: inout [UInt8]) {
        output.append(contentsOf: "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":".utf8)
        output.append(contentsOf: String(index).utf8)
        output.append(contentsOf: "}\n\n".utf8)
    }

    private static func event(_ name: String, _ data: JSONValue, to output: inout [UInt8]) {
        output.append(contentsOf: "event: ".utf8)
        output.append(contentsOf: name.utf8)
        output.append(contentsOf: "\ndata: ".utf8)
        data.write(to: &output)
        output.append(contentsOf: "\n\n".utf8)
    }

    /// The non-streamed `message` body.
    static func body(_ completion: MockCompletion) -> [UInt8] {
        var content: [JSONValue] = []
        if !completion.pieces.isEmpty || completion.toolCall == nil {
            content.append(["type": "text", "text": .string(completion.text)])
        }
        if let call = completion.toolCall {
            content.append([
                "type": "tool_use", "id": .string("toolu_mock_" + call.id), "name": .string(call.name),
                "input": MockToolCall.arguments,
            ])
        }
        let body: JSONValue = [
            "id": .string("msg_mock_" + completion.serial), "type": "message", "role": "assistant",
            "model": .string(completion.model), "content": .array(content),
            "stop_reason": .string(completion.finish.anthropic), "stop_sequence": .null,
            "usage": [
                "input_tokens": .number(Double(completion.inputTokens)),
                "output_tokens": .number(Double(completion.outputTokens)),
                "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
            ],
        ]
        return body.serializedBytes()
    }
}

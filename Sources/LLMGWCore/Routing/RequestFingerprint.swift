/// A stable fingerprint of a request for the response cache: 128 bits of FNV-1a over a canonical
/// JSON form of everything that shapes the answer.
public enum RequestFingerprint {
    /// The key of `request` sent to `reference` (a route or `provider/model`), as 32 hex digits.
    public static func key(_ request: ChatRequest, reference: String) -> String {
        let text = canonical(request, reference: reference).serialized()
        var low: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            low = (low ^ UInt64(byte)) &* 0x100_0000_01b3
            high = (high ^ UInt64(byte)) &* 0x100_0000_01b3
            high = high ^ (high >> 29)
        }
        return hex(high) + hex(low)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func canonical(_ request: ChatRequest, reference: String) -> JSONValue {
        var object: [String: JSONValue] = [
            "reference": .string(reference),
            "messages": .array(
                request.messages.map { message in
                    .object([
                        "role": .string(message.role.rawValue),
                        "content": .array(
                            message.content.map { part in
                                switch part {
                                case .text(let text): .string(text)
                                case .image(.url(let url)): .object(["url": .string(url)])
                                case .image(.base64(let type, let data)):
                                    .object(["type": .string(type), "data": .string(data)])
                                }
                            }),
                        "tool_calls": .array(
                            message.toolCalls.map {
                                .array([.string($0.id), .string($0.name), .string($0.arguments)])
                            }),
                        "tool_call_id": message.toolCallID.map(JSONValue.string) ?? .null,
                    ])
                }),
            "stop": .array(request.stop.map(JSONValue.string)),
            "tools": .array(
                request.tools.map {
                    .object(["name": .string($0.name), "parameters": $0.parameters])
                }),
            "options": .object(request.options),
            "json": .bool(request.responseFormat != nil),
        ]
        if let temperature = request.temperature { object["temperature"] = .number(temperature) }
        if let topP = request.topP { object["top_p"] = .number(topP) }
        if let maxTokens = request.maxTokens { object["max_tokens"] = .number(Double(maxTokens)) }
        if let seed = request.seed { object["seed"] = .number(Double(seed)) }
        return .object(object)
    }
}

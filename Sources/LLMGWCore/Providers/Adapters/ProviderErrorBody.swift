/// The useful parts of a provider's error body, whatever its shape.
///
/// Understands OpenAI-style `{"error":{"message","type","code","param"}}` (also Azure, OpenRouter
/// with an integer `code`, Ollama, llama.cpp), Anthropic `{"type":"error","error":{"type","message"}}`,
/// Gemini `{"error":{"code","message","status","details"}}`, vLLM `{"object":"error","message"}`,
/// `{"error":"text"}`, and falls back to the raw text (HTML pages reduced to their title).
struct ProviderErrorBody: Sendable {
    /// The longest message kept, in characters.
    static let maxMessageLength = 400

    /// The provider's message, cleaned and truncated; empty when the body had none.
    var message: String
    /// `error.type` (OpenAI, Anthropic) or `error.status` (Gemini).
    var type: String?
    /// `error.code` as text (`context_length_exceeded`, `insufficient_quota`, `429`).
    var code: String?
    /// The HTTP status the body itself names (an integer `code`, a Gemini status or an Anthropic type).
    var impliedStatus: Int?
    /// The whole parsed body, for provider-specific details.
    var json: JSONValue?

    /// Reads an error body.
    /// - Parameter bytes: the body as received; any bytes are accepted.
    init(_ bytes: [UInt8]) {
        let parsed = try? JSONValue.parse(bytes)
        self.init(json: parsed, rawText: parsed == nil ? String(decoding: bytes.prefix(64 << 10), as: UTF8.self) : "")
    }

    /// Reads an already parsed error object (a whole body or a mid-stream `data:` event).
    init(json: JSONValue?, rawText: String = "") {
        self.json = json
        let error = json?["error"]
        var message = error?["message"]?.stringValue ?? error?.stringValue ?? json?["message"]?.stringValue
        if message == nil, let detail = json?["detail"]?.stringValue { message = detail }
        type = error?["type"]?.stringValue ?? error?["status"]?.stringValue
        switch error?["code"] {
        case .string(let text): code = text
        case .number: code = error?["code"]?.intValue.map(String.init)
        default: code = nil
        }
        if let number = error?["code"]?.intValue, (100...599).contains(number) {
            impliedStatus = number
        } else if let status = error?["status"]?.intValue, (100...599).contains(status) {
            impliedStatus = status
        } else {
            impliedStatus = Self.status(forType: type)
        }
        if let message {
            self.message = Self.clean(message)
        } else if json != nil {
            self.message = Self.clean(json?.serialized() ?? "")
        } else {
            self.message = Self.clean(Self.htmlTitle(rawText) ?? rawText)
        }
    }

    /// The HTTP status that an error type or Gemini status stands for.
    static func status(forType type: String?) -> Int? {
        switch type {
        case "invalid_request_error", "INVALID_ARGUMENT", "FAILED_PRECONDITION", "OUT_OF_RANGE": 400
        case "authentication_error", "UNAUTHENTICATED": 401
        case "billing_error": 402
        case "permission_error", "PERMISSION_DENIED": 403
        case "not_found_error", "NOT_FOUND": 404
        case "request_too_large": 413
        case "rate_limit_error", "rate_limit_exceeded", "RESOURCE_EXHAUSTED": 429
        case "api_error", "server_error", "INTERNAL": 500
        case "unavailable_error", "UNAVAILABLE": 503
        case "timeout_error", "DEADLINE_EXCEEDED": 504
        case "overloaded_error": 529
        default: nil
        }
    }

    /// One line of text, at most ``maxMessageLength`` characters.
    static func clean(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        guard oneLine.count > maxMessageLength else { return oneLine }
        return String(oneLine.prefix(maxMessageLength)) + "…"
    }

    /// The `<title>` of an HTML page, or "an HTML page" when it has none; `nil` for other text.
    static func htmlTitle(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.contains("<html") || lowered.contains("<!doctype") || lowered.contains("<body") else {
            return nil
        }
        guard let open = lowered.firstRange(of: "<title>"),
            let close = lowered[open.upperBound...].firstRange(of: "</title>")
        else { return "an HTML page" }
        let offsetStart = lowered.distance(from: lowered.startIndex, to: open.upperBound)
        let offsetEnd = lowered.distance(from: lowered.startIndex, to: close.lowerBound)
        let characters = Array(text)
        guard offsetEnd <= characters.count else { return "an HTML page" }
        return "an HTML page titled \"" + String(characters[offsetStart..<offsetEnd]) + "\""
    }
}

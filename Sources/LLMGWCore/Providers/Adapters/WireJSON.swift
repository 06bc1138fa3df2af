/// Small JSON and URL helpers shared by the adapters.
enum WireJSON {
    /// Parses a body or event payload, or fails with a `malformedResponse` naming the API.
    static func parse(_ bytes: some Collection<UInt8>, api: String, what: String) throws(ProviderError) -> JSONValue {
        do {
            return try JSONValue.parse(bytes)
        } catch {
            let preview = ProviderErrorBody.clean(String(decoding: bytes.prefix(120), as: UTF8.self))
            throw .malformedResponse(
                message: "\(api) sent \(what) that is not valid JSON (\(error.reason) at byte \(error.offset)): "
                    + "\"\(preview)\"; is the base URL pointing at the right API?")
        }
    }

    /// Parses an SSE event's data.
    static func parse(event: SSEEvent, api: String) throws(ProviderError) -> JSONValue {
        var data = event.data
        let result: Result<JSONValue, ProviderError> = data.withUTF8 { buffer in
            Result { () throws(ProviderError) in try parse(buffer, api: api, what: "a stream event") }
        }
        return try result.get()
    }

    /// Whether a parsed payload carries an error instead of an answer.
    static func carriesError(_ json: JSONValue) -> Bool {
        if let error = json["error"], !error.isNull { return true }
        return json["object"]?.stringValue == "error" || json["type"]?.stringValue == "error"
    }

    /// The base URL without trailing slashes.
    static func trimmedBase(_ url: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        return String(url)
    }

    /// The model to send: the endpoint's when set, otherwise the request's.
    static func model(_ request: ChatRequest, _ endpoint: ProviderEndpoint) -> String {
        endpoint.model.isEmpty ? request.model : endpoint.model
    }

    /// Merges `options` into `body`; options win, as the user's explicit overrides.
    static func merge(_ options: [String: JSONValue], into body: inout [String: JSONValue]) {
        for (key, value) in options { body[key] = value }
    }

    /// Standard JSON request headers plus the endpoint's extra headers (which win).
    static func headers(stream: Bool, auth: (name: String, value: String)?, extra: HTTPHeaders) -> HTTPHeaders {
        var headers: HTTPHeaders = ["content-type": "application/json"]
        headers.add("accept", stream ? "text/event-stream" : "application/json")
        if let auth { headers.add(auth.name, auth.value) }
        for field in extra { headers.set(field.name, field.value) }
        return headers
    }

    /// A tool call's arguments as a JSON object, for providers that want them parsed.
    /// - Throws: `badRequest` when the text is not a JSON object.
    static func arguments(of call: ToolCall, api: String) throws(ProviderError) -> JSONValue {
        let text = trimmedWhitespace(call.arguments)
        if text.isEmpty { return .object([:]) }
        guard let value = try? JSONValue.parse(text), case .object = value else {
            throw .badRequest(
                message: "the arguments of tool call \(call.id) (\(call.name)) are not a JSON object, which the "
                    + "\(api) requires; fix the conversation history")
        }
        return value
    }

    /// The text parts of a message's content, joined.
    static func text(_ parts: [ContentPart]) -> String {
        parts.reduce(into: "") { result, part in
            if case .text(let text) = part { result += text }
        }
    }

    /// The text without leading and trailing JSON white space.
    private static func trimmedWhitespace(_ text: String) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !blank($0) }), let end = text.lastIndex(where: { !blank($0) })
        else { return "" }
        return String(text[start...end])
    }
}

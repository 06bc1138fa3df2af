import LLMGWCore

/// Helpers for the mock tests: sending a request and splitting an SSE body.
enum MockTestSupport {
    /// One server-sent event.
    struct Event: Equatable {
        var name: String?
        var data: String
    }

    /// Splits an SSE body into events (CRLF or LF lines, blank-line dispatch, no trailing partial event).
    static func events(_ bytes: [UInt8]) -> [Event] {
        let text = String(decoding: bytes, as: UTF8.self).replacingCRLF()
        var events: [Event] = []
        var name: String?
        var data: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line.isEmpty {
                if !data.isEmpty { events.append(Event(name: name, data: data.joined(separator: "\n"))) }
                name = nil
                data = []
            } else if line.hasPrefix("event: ") {
                name = String(line.dropFirst(7))
            } else if line.hasPrefix("data: ") {
                data.append(String(line.dropFirst(6)))
            }
        }
        return events
    }

    /// The JSON of every event except `[DONE]`.
    static func json(_ events: [Event]) throws -> [JSONValue] {
        try events.filter { $0.data != "[DONE]" }.map { try JSONValue.parse($0.data) }
    }

    /// Sends `body` to `path` on `upstream` and collects the whole response body.
    static func send(
        _ upstream: MockUpstream, _ path: String, _ body: JSONValue, headers: HTTPHeaders = [:], method: String = "POST"
    ) async throws -> (status: Int, headers: HTTPHeaders, body: [UInt8]) {
        let response = try await upstream.respond(
            to: MockRequest(method: method, url: path, headers: headers, body: body.serializedBytes()))
        return (response.status, response.headers, try await response.body.collect())
    }

    /// An OpenAI chat body.
    static func openAI(
        model: String = "lorem", prompt: String = "Hello, world!", stream: Bool = true, extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": .string(model), "messages": [["role": "user", "content": .string(prompt)]],
            "stream": .bool(stream),
        ]
        if stream { body["stream_options"] = ["include_usage": true] }
        body.merge(extra) { _, new in new }
        return .object(body)
    }
}

extension String {
    fileprivate func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousCR = true
            } else {
                if !(scalar == "\n" && previousCR) { result.unicodeScalars.append(scalar) }
                previousCR = false
            }
        }
        return result
    }
}

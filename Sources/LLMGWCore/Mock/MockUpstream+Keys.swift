extension MockUpstream {
    /// The key a request carries: `Authorization: Bearer`, `x-api-key`, `api-key`, `x-goog-api-key`
    /// or a `key=` query parameter.
    static func presentedKey(_ request: MockRequest) -> String? {
        if let value = request.headers["authorization"] {
            let parts = value.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]) }
            return value
        }
        for name in ["x-api-key", "api-key", "x-goog-api-key"] {
            if let value = request.headers[name] { return value }
        }
        return request.queryValue("key")
    }

    /// A 401 for a key outside ``MockBehavior/acceptedKeys`` or a 429 for one of
    /// ``MockBehavior/rateLimitedKeys``; `nil` when the request may go on. `/health` is never refused.
    func keyRefusal(_ request: MockRequest, route: MockRoute, serial: String) -> MockResponse? {
        if case .health = route { return nil }
        let key = Self.presentedKey(request)
        if let accepted = behavior.acceptedKeys, !(key.map(accepted.contains) ?? false) {
            // Like OpenAI, the message quotes the key it got, so llmgw's redaction is put to the test.
            let message =
                key.map { "Incorrect API key provided: \($0). You can find your API key in your account settings." }
                ?? "You didn't provide an API key (llmgw mock)."
            return Self.error(401, message, format: route.format, serial: serial)
        }
        if let key, behavior.rateLimitedKeys.contains(key) {
            return Self.error(429, MockWireFormat.injectedMessage(429), format: route.format, serial: serial)
        }
        return nil
    }
}

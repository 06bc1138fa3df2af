extension ProviderClient {
    /// The count-tokens endpoint of a wire format, for people (`anthropic count_tokens`), or `nil` when
    /// the format has none (OpenAI-compatible servers, Azure, the mock).
    public static func countTokensEndpointName(for kind: ProviderKind) -> String? {
        switch kind {
        case .anthropic: "anthropic count_tokens"
        case .gemini: "gemini countTokens"
        case .openai, .azure, .mock: nil
        }
    }

    /// Asks the provider how many prompt tokens `request` is, with its own count-tokens endpoint:
    /// Anthropic `POST {base}/messages/count_tokens` (`input_tokens`) or Gemini
    /// `POST {base}/models/{model}:countTokens` (`totalTokens`). Nothing is generated or billed.
    /// - Parameters:
    ///   - request: the prompt (messages, system, tools); generation settings are left out.
    ///   - endpoint: where and how to send it; `endpoint.model` is the model counted for.
    ///   - timeouts: the transport's time limits.
    /// - Returns: the provider's count of input tokens.
    /// - Throws: ``ProviderError``: the provider's refusal (401, 404, …), a transport failure, a body
    ///   without the count, or ``ProviderError/badRequest(message:)`` for a provider with no such endpoint.
    public func countTokens(
        _ request: ChatRequest, on endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts()
    ) async throws(ProviderError) -> Int {
        do {
            var request = request
            request.model = endpoint.model
            request.stream = false
            let adapter = ProviderAdapters.adapter(for: endpoint.kind)
            var http = try adapter.encode(request, endpoint: endpoint)
            http.timeouts = timeouts
            let generate = (try? JSONValue.parse(http.body))?.objectValue ?? [:]
            let field: String
            switch endpoint.kind {
            case .anthropic:
                http.url = WireJSON.trimmedBase(endpoint.baseURL) + "/messages/count_tokens"
                let kept = ["model", "messages", "system", "tools", "tool_choice", "thinking", "mcp_servers"]
                http.body = JSONValue.object(generate.filter { kept.contains($0.key) }).serializedBytes()
                field = "input_tokens"
            case .gemini:
                var model = endpoint.model
                if model.hasPrefix("models/") { model.removeFirst("models/".count) }
                http.url =
                    WireJSON.trimmedBase(endpoint.baseURL) + "/models/" + AzureOpenAIAdapter.pathComponent(model)
                    + ":countTokens"
                var inner = generate
                inner["model"] = .string("models/" + model)
                http.body = JSONValue.object(["generateContentRequest": .object(inner)]).serializedBytes()
                field = "totalTokens"
            case .openai, .azure, .mock:
                throw ProviderError.badRequest(
                    message: "\(endpoint.provider) has no count-tokens endpoint; llmgw estimates its tokens instead")
            }
            let response = try await transport.send(http)
            guard (200..<300).contains(response.status) else {
                let body = await Self.readErrorBody(response)
                throw adapter.decodeError(status: response.status, headers: response.headers, body: body)
            }
            let body = try await response.collectBody(limit: Self.errorBodyLimit)
            guard let count = (try? JSONValue.parse(body))?[field]?.intValue, count >= 0 else {
                throw ProviderError.malformedResponse(
                    message:
                        "the count-tokens answer has no `\(field)` number: \(String(decoding: body.prefix(200), as: UTF8.self))"
                )
            }
            return count
        } catch {
            throw Self.providerError(from: error, endpoint: endpoint, streamStarted: false)
        }
    }
}

/// OpenAI Chat Completions: OpenAI itself, every OpenAI-compatible preset (OpenRouter, Groq,
/// DeepSeek, Ollama, vLLM, llama.cpp, …) and llmgw's in-process mock.
///
/// Sends `POST {baseURL}/chat/completions` with `Authorization: Bearer <key>` (no header without
/// a key, for local servers).
public struct OpenAIChatAdapter: ProviderAdapter {
    /// Which body field carries the output token limit.
    public enum MaxTokensField: String, Sendable, Hashable {
        /// `max_tokens`: what most OpenAI-compatible servers understand.
        case maxTokens = "max_tokens"
        /// `max_completion_tokens`: what OpenAI and Azure require for current models.
        case maxCompletionTokens = "max_completion_tokens"
    }

    static let api = "OpenAI-compatible API"

    private let maxTokensField: MaxTokensField?

    /// An adapter for OpenAI Chat Completions.
    /// - Parameter maxTokensField: the field for `maxTokens`; `nil` picks `max_completion_tokens`
    ///   for OpenAI itself (provider `openai` or host `api.openai.com`) and `max_tokens` elsewhere.
    public init(maxTokensField: MaxTokensField? = nil) {
        self.maxTokensField = maxTokensField
    }

    /// The field used for `maxTokens` when sending to `endpoint`.
    public func maxTokensField(for endpoint: ProviderEndpoint) -> MaxTokensField {
        if let maxTokensField { return maxTokensField }
        let isOpenAI = endpoint.provider == "openai" || endpoint.baseURL.contains("://api.openai.com")
        return isOpenAI ? .maxCompletionTokens : .maxTokens
    }

    public func encode(_ request: ChatRequest, endpoint: ProviderEndpoint) throws(ProviderError) -> HTTPRequest {
        var body = Self.body(for: request, model: WireJSON.model(request, endpoint))
        Self.addLimitsAndStreaming(
            request, endpoint: endpoint, maxTokensField: maxTokensField(for: endpoint), to: &body)
        WireJSON.merge(request.options, into: &body)
        let auth = endpoint.apiKey.map { (name: "authorization", value: "Bearer " + $0.secret) }
        return HTTPRequest(
            url: WireJSON.trimmedBase(endpoint.baseURL) + "/chat/completions",
            headers: WireJSON.headers(stream: request.stream, auth: auth, extra: endpoint.extraHeaders),
            body: JSONValue.object(body).serializedBytes())
    }

    public func decodeResponse(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent] {
        try Self.decodeCompletion(body, api: Self.api)
    }

    public func makeStreamDecoder() -> any ChatStreamDecoder {
        OpenAIChatStreamDecoder(api: Self.api)
    }

    public func decodeError(status: Int, headers: HTTPHeaders, body: [UInt8]) -> ProviderError {
        ProviderErrorBody(body).providerError(status: status, headers: headers, api: Self.api)
    }
}

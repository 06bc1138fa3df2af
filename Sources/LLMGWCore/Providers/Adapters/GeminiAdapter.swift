/// Google Gemini API: `POST {baseURL}/models/{model}:generateContent`, or
/// `:streamGenerateContent?alt=sse` when streaming (base like
/// `https://generativelanguage.googleapis.com/v1beta`), with the key in `x-goog-api-key`.
public struct GeminiAdapter: ProviderAdapter {
    static let api = "Gemini API"

    /// An adapter for the Gemini API.
    public init() {}

    public func encode(_ request: ChatRequest, endpoint: ProviderEndpoint) throws(ProviderError) -> HTTPRequest {
        var model = WireJSON.model(request, endpoint)
        if model.hasPrefix("models/") { model.removeFirst("models/".count) }
        guard !model.isEmpty else {
            throw .badRequest(message: "\(Self.api) needs a model name (e.g. gemini-2.5-flash)")
        }
        var body = try Self.body(for: request)
        WireJSON.merge(request.options, into: &body)
        let method = request.stream ? ":streamGenerateContent?alt=sse" : ":generateContent"
        let auth = endpoint.apiKey.map { (name: "x-goog-api-key", value: $0.secret) }
        return HTTPRequest(
            url: WireJSON.trimmedBase(endpoint.baseURL) + "/models/" + AzureOpenAIAdapter.pathComponent(model) + method,
            headers: WireJSON.headers(stream: request.stream, auth: auth, extra: endpoint.extraHeaders),
            body: JSONValue.object(body).serializedBytes())
    }

    public func decodeResponse(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent] {
        let json = try WireJSON.parse(body, api: Self.api, what: "a response body")
        var decoder = GeminiStreamDecoder()
        let events = try decoder.decode(chunk: json)
        guard decoder.isFinished else {
            throw .malformedResponse(
                message: "\(Self.api) sent a response without a candidate finishReason or a prompt block reason")
        }
        return events
    }

    public func makeStreamDecoder() -> any ChatStreamDecoder {
        GeminiStreamDecoder()
    }

    public func decodeError(status: Int, headers: HTTPHeaders, body: [UInt8]) -> ProviderError {
        ProviderErrorBody(body).providerError(status: status, headers: headers, api: Self.api)
    }
}

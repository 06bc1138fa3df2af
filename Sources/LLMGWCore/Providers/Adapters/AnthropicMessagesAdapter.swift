/// Anthropic Messages: `POST {baseURL}/messages` (base like `https://api.anthropic.com/v1`) with
/// `x-api-key` and `anthropic-version: 2023-06-01`.
public struct AnthropicMessagesAdapter: ProviderAdapter {
    static let api = "Anthropic API"
    /// The API version header value.
    public static let version = "2023-06-01"
    /// The `max_tokens` sent when the request sets none: Anthropic requires the field.
    public static let defaultMaxTokens = 4096

    /// An adapter for Anthropic Messages.
    public init() {}

    public func encode(_ request: ChatRequest, endpoint: ProviderEndpoint) throws(ProviderError) -> HTTPRequest {
        var body = try Self.body(for: request, model: WireJSON.model(request, endpoint))
        WireJSON.merge(request.options, into: &body)
        var headers = WireJSON.headers(
            stream: request.stream, auth: endpoint.apiKey.map { (name: "x-api-key", value: $0.secret) }, extra: [:])
        headers.add("anthropic-version", Self.version)
        for field in endpoint.extraHeaders { headers.set(field.name, field.value) }
        return HTTPRequest(
            url: WireJSON.trimmedBase(endpoint.baseURL) + "/messages", headers: headers,
            body: JSONValue.object(body).serializedBytes())
    }

    public func decodeResponse(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent] {
        try Self.decodeMessage(body)
    }

    public func makeStreamDecoder() -> any ChatStreamDecoder {
        AnthropicStreamDecoder()
    }

    public func decodeError(status: Int, headers: HTTPHeaders, body: [UInt8]) -> ProviderError {
        ProviderErrorBody(body).providerError(status: status, headers: headers, api: Self.api)
    }
}

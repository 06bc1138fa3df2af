/// Azure OpenAI: the OpenAI wire format behind Azure URLs and the `api-key` header.
///
/// - With `endpoint.apiVersion` set (classic): `POST {base}/openai/deployments/{deployment}/chat/completions?api-version=…`,
///   where the deployment is `endpoint.model` and the body has no `model`.
/// - Without it (the v1 API): `POST {base}/openai/v1/chat/completions` with `model` = the deployment.
///
/// `base` is the resource URL (`https://name.openai.azure.com`); a trailing `/openai` or
/// `/openai/v1` is tolerated. The token limit is sent as `max_completion_tokens`. Decoding reuses
/// the OpenAI code; Azure's empty `prompt_filter_results` first chunk yields no events.
public struct AzureOpenAIAdapter: ProviderAdapter {
    static let api = "Azure OpenAI"

    /// An adapter for Azure OpenAI deployments.
    public init() {}

    public func encode(_ request: ChatRequest, endpoint: ProviderEndpoint) throws(ProviderError) -> HTTPRequest {
        let deployment = WireJSON.model(request, endpoint)
        guard !deployment.isEmpty else {
            throw .badRequest(message: "\(Self.api) needs a deployment name; set the model to the deployment")
        }
        let resource = Self.resourceBase(endpoint.baseURL)
        let url: String
        let model: String?
        if let apiVersion = endpoint.apiVersion, !apiVersion.isEmpty {
            url =
                "\(resource)/openai/deployments/\(Self.pathComponent(deployment))/chat/completions?api-version=\(apiVersion)"
            model = nil
        } else {
            url = "\(resource)/openai/v1/chat/completions"
            model = deployment
        }
        var body = OpenAIChatAdapter.body(for: request, model: model)
        OpenAIChatAdapter.addLimitsAndStreaming(
            request, endpoint: endpoint, maxTokensField: .maxCompletionTokens, to: &body)
        WireJSON.merge(request.options, into: &body)
        let auth = endpoint.apiKey.map { (name: "api-key", value: $0.secret) }
        return HTTPRequest(
            url: url, headers: WireJSON.headers(stream: request.stream, auth: auth, extra: endpoint.extraHeaders),
            body: JSONValue.object(body).serializedBytes())
    }

    public func decodeResponse(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent] {
        try OpenAIChatAdapter.decodeCompletion(body, api: Self.api)
    }

    public func makeStreamDecoder() -> any ChatStreamDecoder {
        OpenAIChatStreamDecoder(api: Self.api)
    }

    public func decodeError(status: Int, headers: HTTPHeaders, body: [UInt8]) -> ProviderError {
        ProviderErrorBody(body).providerError(status: status, headers: headers, api: Self.api)
    }

    /// The resource URL without a trailing slash, `/openai` or `/openai/v1`.
    static func resourceBase(_ baseURL: String) -> String {
        var base = WireJSON.trimmedBase(baseURL)
        for suffix in ["/openai/v1", "/openai"] where base.hasSuffix(suffix) {
            base = WireJSON.trimmedBase(String(base.dropLast(suffix.count)))
            break
        }
        return base
    }

    /// A deployment name escaped for a URL path (it is normally `[A-Za-z0-9._-]` already).
    static func pathComponent(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return result
    }
}

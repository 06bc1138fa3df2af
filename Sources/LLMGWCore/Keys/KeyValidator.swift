/// Checks keys with the cheapest call each provider has: listing its models.
public struct KeyValidator: Sendable {
    private let transport: any HTTPTransport

    /// A validator sending through `transport`.
    public init(transport: any HTTPTransport) {
        self.transport = transport
    }

    /// The list-models request for `endpoint`'s wire format, with its key and extra headers.
    /// - Parameters:
    ///   - endpoint: the provider endpoint, key included.
    ///   - timeouts: the probe's time limits.
    /// - Returns: `GET …/models` with the provider's auth header.
    public static func probeRequest(for endpoint: ProviderEndpoint, timeouts: TransportTimeouts) -> HTTPRequest {
        var headers = HTTPHeaders()
        for field in endpoint.extraHeaders { headers.set(field.name, field.value) }
        let base = WireJSON.trimmedBase(endpoint.baseURL)
        let url: String
        let secret = endpoint.apiKey?.secret
        switch endpoint.kind {
        case .openai, .mock:
            url = base + "/models"
            if let secret { headers.set("Authorization", "Bearer " + secret) }
        case .anthropic:
            url = base + "/models"
            if let secret { headers.set("x-api-key", secret) }
            if headers["anthropic-version"] == nil { headers.set("anthropic-version", "2023-06-01") }
        case .gemini:
            url = base + "/models"
            if let secret { headers.set("x-goog-api-key", secret) }
        case .azure:
            let resource = AzureOpenAIAdapter.resourceBase(endpoint.baseURL)
            if let version = endpoint.apiVersion, !version.isEmpty {
                url = resource + "/openai/models?api-version=" + version
            } else {
                url = resource + "/openai/v1/models"
            }
            if let secret { headers.set("api-key", secret) }
        }
        headers.set("Accept", "application/json")
        return HTTPRequest(method: "GET", url: url, headers: headers, timeouts: timeouts)
    }

    /// Validates `endpoint`'s key.
    /// - Parameters:
    ///   - endpoint: the provider endpoint with the key to check.
    ///   - name: the key's store name, if it is stored.
    ///   - source: where the key came from, for the report.
    ///   - timeout: the longest the probe may take.
    /// - Returns: the verdict with latency; messages never contain the key.
    public func check(
        _ endpoint: ProviderEndpoint, name: String?, source: String, timeout: Duration = .seconds(15)
    ) async -> KeyCheck {
        var result = KeyCheck(
            provider: endpoint.provider, name: name, source: source, masked: endpoint.apiKey?.masked, status: .error)
        let secrets = endpoint.apiKey.map { [$0.secret] } ?? []
        let request = Self.probeRequest(
            for: endpoint, timeouts: TransportTimeouts(connect: min(timeout, .seconds(10)), total: timeout))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await transport.send(request)
            let body = try await response.collectBody(limit: 4 << 20)
            result.latency = clock.now - start
            result.httpStatus = response.status
            if (200..<300).contains(response.status) {
                result.status = .ok
                return result
            }
            let error = ProviderAdapters.adapter(for: endpoint.kind).decodeError(
                status: response.status, headers: response.headers, body: body)
            switch error {
            case .authentication: result.status = .invalid
            case .permission: result.status = .noPermission
            case .rateLimited, .quotaExceeded: result.status = .rateLimited
            default: result.status = .error
            }
            result.message = Redactor.text(error.message, secrets: secrets)
        } catch {
            result.latency = clock.now - start
            result.status = .unreachable
            let text = (error as? TransportError).map(\.description) ?? String(describing: error)
            result.message = Redactor.text(text, secrets: secrets)
        }
        return result
    }
}

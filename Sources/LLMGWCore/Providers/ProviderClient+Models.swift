extension ProviderClient {
    /// The most pages of a model list followed (Anthropic and Gemini page their lists).
    static let maxModelPages = 20

    /// Whether a wire format has a model list llmgw can read (Azure lists deployments by resource,
    /// which are not the model names llmgw is given, so it does not).
    public static func listsModels(_ kind: ProviderKind) -> Bool {
        switch kind {
        case .openai, .anthropic, .gemini, .mock: true
        case .azure: false
        }
    }

    /// Lists the model ids a provider serves, with its own list endpoint: OpenAI-style
    /// `GET {base}/models` with `Authorization: Bearer` (`data[].id`), Anthropic `GET {base}/models`
    /// with `x-api-key` and `anthropic-version` (`data[].id`, paged by `after_id`), Gemini
    /// `GET {base}/models` with `x-goog-api-key` (`models[].name` without `models/`, paged by
    /// `pageToken`). The built-in mock (`mock://`) answers in OpenAI's shape. Nothing is generated
    /// or billed.
    /// - Parameters:
    ///   - endpoint: the provider (its base URL, key and extra headers); `endpoint.model` is not used.
    ///   - timeouts: the transport's time limits, per page.
    /// - Returns: the ids, in the order listed.
    /// - Throws: ``ProviderError``: the provider's refusal through the adapter's `decodeError`
    ///   (401, 404, …), a transport failure, a body that is not a model list, or
    ///   ``ProviderError/badRequest(message:)`` for a format with no list (``listsModels(_:)``).
    public func listModels(
        endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts()
    ) async throws(ProviderError) -> [String] {
        do {
            guard Self.listsModels(endpoint.kind) else {
                throw ProviderError.badRequest(
                    message: "\(endpoint.provider) (\(endpoint.kind.rawValue)) has no model list llmgw can read")
            }
            let adapter = ProviderAdapters.adapter(for: endpoint.kind)
            let base = WireJSON.trimmedBase(endpoint.baseURL) + "/models"
            var ids: [String] = []
            var cursor: String?
            for _ in 0..<Self.maxModelPages {
                let request = Self.listRequest(endpoint, url: base + Self.query(endpoint.kind, cursor: cursor))
                var http = request
                http.timeouts = timeouts
                let response = try await transport.send(http)
                guard (200..<300).contains(response.status) else {
                    let body = await Self.readErrorBody(response)
                    throw adapter.decodeError(status: response.status, headers: response.headers, body: body)
                }
                let body = try await response.collectBody(limit: Self.responseBodyLimit)
                let page = try Self.modelPage(body, kind: endpoint.kind)
                ids += page.ids
                guard let next = page.next, next != cursor else { break }
                cursor = next
            }
            return ids
        } catch {
            throw Self.providerError(from: error, endpoint: endpoint, streamStarted: false)
        }
    }

    /// The `GET` of one page, with the format's authentication and the endpoint's extra headers.
    static func listRequest(_ endpoint: ProviderEndpoint, url: String) -> HTTPRequest {
        var headers: HTTPHeaders = ["accept": "application/json"]
        if let key = endpoint.apiKey {
            switch endpoint.kind {
            case .openai, .mock: headers.add("authorization", "Bearer " + key.secret)
            case .anthropic: headers.add("x-api-key", key.secret)
            case .gemini: headers.add("x-goog-api-key", key.secret)
            case .azure: headers.add("api-key", key.secret)
            }
        }
        if endpoint.kind == .anthropic { headers.add("anthropic-version", AnthropicMessagesAdapter.version) }
        for field in endpoint.extraHeaders { headers.set(field.name, field.value) }
        return HTTPRequest(method: "GET", url: url, headers: headers)
    }

    /// The query string of a page: the page size and the cursor, where the format pages.
    static func query(_ kind: ProviderKind, cursor: String?) -> String {
        switch kind {
        case .anthropic: "?limit=1000" + (cursor.map { "&after_id=" + AzureOpenAIAdapter.pathComponent($0) } ?? "")
        case .gemini: "?pageSize=1000" + (cursor.map { "&pageToken=" + AzureOpenAIAdapter.pathComponent($0) } ?? "")
        case .openai, .azure, .mock: ""
        }
    }

    /// The ids of one page and the cursor of the next, if any.
    /// - Throws: ``ProviderError/malformedResponse(message:)`` when the body is not a model list.
    static func modelPage(_ body: [UInt8], kind: ProviderKind) throws(ProviderError) -> (ids: [String], next: String?) {
        let json = try? JSONValue.parse(body)
        switch kind {
        case .gemini:
            guard let models = json?["models"]?.arrayValue ?? (json?.objectValue != nil ? [] : nil) else { break }
            let ids = models.compactMap { model -> String? in
                guard let name = model["name"]?.stringValue else { return nil }
                return name.hasPrefix("models/") ? String(name.dropFirst("models/".count)) : name
            }
            return (ids, json?["nextPageToken"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 })
        case .openai, .anthropic, .azure, .mock:
            guard let data = json?["data"]?.arrayValue else { break }
            let ids = data.compactMap { $0["id"]?.stringValue }
            let more = kind == .anthropic && json?["has_more"]?.boolValue == true
            return (ids, more ? (json?["last_id"]?.stringValue ?? ids.last) : nil)
        }
        throw .malformedResponse(
            message: "the model list is not in the expected shape: \(String(decoding: body.prefix(200), as: UTF8.self))"
        )
    }
}

extension ProviderClient {
    /// One exchange: encode, send, then decode the error, the stream or the whole body.
    static func run(
        _ request: ChatRequest, endpoint: ProviderEndpoint, timeouts: TransportTimeouts,
        transport: any HTTPTransport, continuation: AsyncThrowingStream<ChatEvent, any Error>.Continuation
    ) async throws {
        let adapter = ProviderAdapters.adapter(for: endpoint.kind)
        var httpRequest = try adapter.encode(request, endpoint: endpoint)
        httpRequest.timeouts = timeouts
        let response = try await transport.send(httpRequest)
        guard (200..<300).contains(response.status) else {
            let body = await readErrorBody(response)
            throw adapter.decodeError(status: response.status, headers: response.headers, body: body)
        }
        // A server that ignores `stream: true` answers with one JSON body: decode it whole.
        let isJSONBody = response.headers["content-type"]?.lowercased().contains("application/json") ?? false
        if request.stream && !isJSONBody {
            try await streamBody(response, adapter: adapter, endpoint: endpoint, continuation: continuation)
        } else {
            let body = try await response.collectBody(limit: responseBodyLimit)
            if Task.isCancelled { throw ProviderError.cancelled }
            for event in try adapter.decodeResponse(body) { continuation.yield(event) }
        }
    }

    /// Feeds the body through SSE framing and the adapter's stream decoder as it arrives.
    private static func streamBody(
        _ response: HTTPResponse, adapter: any ProviderAdapter, endpoint: ProviderEndpoint,
        continuation: AsyncThrowingStream<ChatEvent, any Error>.Continuation
    ) async throws {
        var framing = SSEDecoder()
        var decoder = adapter.makeStreamDecoder()
        var eventCount = 0
        do {
            for try await chunk in response.body {
                for event in framing.feed(chunk) {
                    eventCount += 1
                    for chatEvent in try decoder.decode(event) { continuation.yield(chatEvent) }
                }
            }
        } catch let error as ProviderError {
            throw error
        } catch {
            if Task.isCancelled { throw ProviderError.cancelled }
            throw providerError(from: error, endpoint: endpoint, streamStarted: eventCount > 0)
        }
        // A cancelled task stops reading silently: that is not the provider's end of stream.
        if Task.isCancelled { throw ProviderError.cancelled }
        for event in framing.finish() {
            for chatEvent in try decoder.decode(event) { continuation.yield(chatEvent) }
        }
        for chatEvent in try decoder.finish() { continuation.yield(chatEvent) }
    }

    /// Reads up to ``errorBodyLimit`` bytes of an error body; a body that fails midway keeps what came.
    private static func readErrorBody(_ response: HTTPResponse) async -> [UInt8] {
        var collected: [UInt8] = []
        do {
            for try await chunk in response.body {
                collected.append(contentsOf: chunk.prefix(errorBodyLimit - collected.count))
                if collected.count >= errorBodyLimit { break }
            }
        } catch {
            // Decode what arrived: the status alone still classifies the error.
        }
        return collected
    }
}

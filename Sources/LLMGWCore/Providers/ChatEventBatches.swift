/// The events of one answer, read and decoded on the consumer's own task: each element is the
/// batch of events one read of the response body carried.
///
/// Reading pulls the body directly (no intermediate task or stream), so a long stream costs one
/// suspension per network read rather than one per event. Errors thrown are always
/// ``ProviderError``; cancelling the consuming task stops reading, which aborts the transfer, and
/// ends the sequence with ``ProviderError/cancelled``.
public struct ChatEventBatches: AsyncSequence, Sendable {
    public typealias Element = [ChatEvent]

    private let response: HTTPResponse
    private let adapter: any ProviderAdapter
    private let endpoint: ProviderEndpoint
    private let streamed: Bool

    init(response: HTTPResponse, adapter: any ProviderAdapter, endpoint: ProviderEndpoint, streamed: Bool) {
        self.response = response
        self.adapter = adapter
        self.endpoint = endpoint
        self.streamed = streamed
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(
            body: response.body.makeAsyncIterator(), adapter: adapter, endpoint: endpoint,
            decoder: streamed ? adapter.makeStreamDecoder() : nil)
    }

    /// Reads the body one chunk at a time and decodes the events each carries.
    public struct Iterator: AsyncIteratorProtocol {
        private var body: AsyncThrowingStream<[UInt8], any Error>.AsyncIterator
        private let adapter: any ProviderAdapter
        private let endpoint: ProviderEndpoint
        /// `nil` for a whole (non-streamed) body.
        private var decoder: (any ChatStreamDecoder)?
        private var framing = SSEDecoder()
        private var eventCount = 0
        private var done = false

        init(
            body: AsyncThrowingStream<[UInt8], any Error>.AsyncIterator, adapter: any ProviderAdapter,
            endpoint: ProviderEndpoint, decoder: (any ChatStreamDecoder)?
        ) {
            self.body = body
            self.adapter = adapter
            self.endpoint = endpoint
            self.decoder = decoder
        }

        public mutating func next() async throws -> [ChatEvent]? {
            guard !done else { return nil }
            do {
                return decoder == nil ? try await nextWhole() : try await nextStreamed()
            } catch {
                done = true
                throw ProviderClient.providerError(from: error, endpoint: endpoint, streamStarted: eventCount > 0)
            }
        }

        private mutating func nextWhole() async throws -> [ChatEvent]? {
            done = true
            var collected: [UInt8] = []
            while let chunk = try await body.next() {
                collected.append(contentsOf: chunk)
                if collected.count > ProviderClient.responseBodyLimit {
                    throw TransportError.responseTooLarge(limit: ProviderClient.responseBodyLimit)
                }
            }
            if Task.isCancelled { throw ProviderError.cancelled }
            return try adapter.decodeResponse(collected)
        }

        private mutating func nextStreamed() async throws -> [ChatEvent]? {
            while true {
                guard let chunk = try await body.next() else {
                    // A cancelled task stops reading silently: that is not the provider's end of stream.
                    if Task.isCancelled { throw ProviderError.cancelled }
                    done = true
                    var events: [ChatEvent] = []
                    for event in framing.finish() { events += try decoder!.decode(event) }
                    events += try decoder!.finish()
                    return events
                }
                var events: [ChatEvent] = []
                for event in framing.feed(chunk) {
                    eventCount += 1
                    events += try decoder!.decode(event)
                }
                if !events.isEmpty { return events }
            }
        }
    }
}

extension ProviderClient {
    /// Sends `request` to `endpoint` and returns, once the response head is in, the answer's events
    /// in batches, to be read on the caller's task.
    /// - Throws: ``ProviderError`` when no successful response head arrives (a non-2xx status is
    ///   decoded by the adapter).
    public func open(
        _ request: ChatRequest, to endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts()
    ) async throws -> ChatEventBatches {
        do {
            let adapter = ProviderAdapters.adapter(for: endpoint.kind)
            var httpRequest = try adapter.encode(request, endpoint: endpoint)
            httpRequest.timeouts = timeouts
            let response = try await transport.send(httpRequest)
            guard (200..<300).contains(response.status) else {
                let body = await Self.readErrorBody(response)
                throw adapter.decodeError(status: response.status, headers: response.headers, body: body)
            }
            // A server that ignores `stream: true` answers with one JSON body: decode it whole.
            let isJSONBody = response.headers["content-type"]?.lowercased().contains("application/json") ?? false
            return ChatEventBatches(
                response: response, adapter: adapter, endpoint: endpoint, streamed: request.stream && !isJSONBody)
        } catch {
            throw Self.providerError(from: error, endpoint: endpoint, streamStarted: false)
        }
    }
}

/// Sends one ``ChatRequest`` to one provider endpoint and streams back ``ChatEvent``s.
///
/// It picks the adapter for the endpoint's ``ProviderKind``, sends through the transport, and
/// turns every failure into a ``ProviderError``: a non-2xx status through the adapter's
/// `decodeError`, a transport failure by ``TransportError`` kind, a stream that ends before its
/// terminal marker as ``ProviderError/streamTruncated(message:)``. It makes one attempt: retries,
/// fallbacks and limits belong to the executor.
public struct ProviderClient: Sendable {
    /// How much of an error body is read before decoding it.
    static let errorBodyLimit = 1 << 20
    /// How much of a non-streamed body is accepted.
    static let responseBodyLimit = 64 << 20

    let transport: any HTTPTransport

    /// A client sending through `transport` (libcurl in production, ``InMemoryTransport`` in tests).
    public init(transport: any HTTPTransport) {
        self.transport = transport
    }

    /// Sends `request` to `endpoint` and streams the events of the answer.
    ///
    /// Streamed requests (`request.stream`) are decoded as SSE as the bytes arrive; others are read
    /// whole and decoded at once. The stream ends after the provider's terminal marker, or throws a
    /// ``ProviderError``. Cancelling the consuming task (or dropping the stream) stops reading the
    /// response body, which aborts the transfer.
    /// - Parameters:
    ///   - request: the provider-neutral call.
    ///   - endpoint: where and how to send it; `endpoint.kind` picks the wire format.
    ///   - timeouts: the transport's time limits for this exchange.
    /// - Returns: the events of the answer; errors thrown are always ``ProviderError``.
    public func stream(
        _ request: ChatRequest, to endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts()
    ) -> AsyncThrowingStream<ChatEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<ChatEvent, any Error>.makeStream()
        let task = Task {
            do {
                for try await batch in try await open(request, to: endpoint, timeouts: timeouts) {
                    for event in batch { continuation.yield(event) }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: Self.providerError(from: error, endpoint: endpoint, streamStarted: false))
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Sends `request` to `endpoint` and folds the answer into one result.
    /// - Returns: the complete result: text, reasoning, tool calls, usage and finish reason.
    /// - Throws: ``ProviderError``; ``ProviderError/streamTruncated(message:)`` when the answer
    ///   ended without a finish reason.
    public func complete(
        _ request: ChatRequest, to endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts()
    ) async throws -> ChatResult {
        var result = ChatResult()
        for try await event in stream(request, to: endpoint, timeouts: timeouts) {
            result.apply(event)
        }
        if Task.isCancelled { throw ProviderError.cancelled }
        guard result.isComplete else {
            throw ProviderError.streamTruncated(
                message: "\(endpoint.provider): the answer ended without a finish reason; retry the call")
        }
        return result
    }
}

/// An ``HTTPTransport`` served by a ``MockUpstream`` in-process: no sockets, whatever the URL's
/// host (`mock://local/v1/chat/completions`); the path picks the endpoint.
///
/// It honours the request's first-byte, idle and total time limits, and turns the disconnect and
/// stall faults into ``TransportError/connectionLost(_:)`` as a network transport would.
public struct MockTransport: HTTPTransport {
    /// The upstream answering the requests.
    public let upstream: MockUpstream

    /// A transport over a new upstream with `behavior`.
    public init(behavior: MockBehavior = MockBehavior()) {
        upstream = MockUpstream(behavior: behavior)
    }

    /// A transport over an existing upstream (sharing its request counter and random stream).
    public init(upstream: MockUpstream) {
        self.upstream = upstream
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let clock = ContinuousClock()
        let deadline = request.timeouts.total.map { clock.now + $0 }
        let mockRequest = MockRequest(
            method: request.method, url: request.url, headers: request.headers, body: request.body)
        let headLimit = [request.timeouts.firstByte, request.timeouts.total].compactMap { $0 }.min()
        let response: MockResponse
        do {
            response = try await respond(to: mockRequest, within: headLimit, timeout: headLimitError(request.timeouts))
        } catch is CancellationError {
            throw TransportError.cancelled
        }
        var headers = response.headers
        if let length = response.body.contentLength { headers.set("content-length", String(length)) }
        let body = response.body.makeStream(idleLimit: request.timeouts.idle, deadline: deadline)
        return HTTPResponse(status: response.status, headers: headers, body: body)
    }

    private func headLimitError(_ timeouts: TransportTimeouts) -> TransportError {
        if let firstByte = timeouts.firstByte, let total = timeouts.total, total < firstByte { return .totalTimeout }
        return timeouts.firstByte == nil ? .totalTimeout : .firstByteTimeout
    }

    private func respond(
        to request: MockRequest, within limit: Duration?, timeout: TransportError
    ) async throws
        -> MockResponse
    {
        guard let limit else { return try await upstream.respond(to: request) }
        let upstream = upstream
        return try await withThrowingTaskGroup(of: MockResponse?.self) { group in
            group.addTask { try await upstream.respond(to: request) }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else { throw timeout }
            return response
        }
    }
}

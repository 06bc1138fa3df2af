/// An ``HTTPTransport`` that answers from a closure, for unit tests: no sockets, no threads.
public struct InMemoryTransport: HTTPTransport {
    /// Produces the response for a request.
    public typealias Handler = @Sendable (HTTPRequest) async throws -> HTTPResponse

    private let handler: Handler

    public init(_ handler: @escaping Handler) { self.handler = handler }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await handler(request)
    }

    /// A response whose body is the given chunks, in order, then its end.
    public static func response(
        status: Int = 200, headers: HTTPHeaders = [:], chunks: [[UInt8]], failure: (any Error)? = nil
    ) -> HTTPResponse {
        let body = AsyncThrowingStream<[UInt8], any Error> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish(throwing: failure)
        }
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    /// A response whose body is the given text, cut into pieces of at most `chunkSize` bytes.
    public static func response(
        status: Int = 200, headers: HTTPHeaders = [:], body: String, chunkSize: Int = .max,
        failure: (any Error)? = nil
    ) -> HTTPResponse {
        let bytes = Array(body.utf8)
        var chunks: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, chunkSize))
            chunks.append(Array(bytes[start..<end]))
            start = end
        }
        return response(status: status, headers: headers, chunks: chunks, failure: failure)
    }
}

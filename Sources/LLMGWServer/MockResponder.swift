import HTTPTypes
import Hummingbird
import LLMGWCore
import NIOCore

/// Serves every request with ``MockUpstream``: streams are written and flushed event by event,
/// and the disconnect fault closes the connection abruptly.
struct MockResponder: HTTPResponder {
    typealias Context = MockRequestContext

    /// The largest request body accepted.
    static let maximumRequestBody = 32 << 20

    let upstream: MockUpstream
    let shutdown: MockShutdownFlag

    func respond(to request: Request, context: MockRequestContext) async throws -> Response {
        var request = request
        let bytes = try await request.collectBody(upTo: Self.maximumRequestBody)
        var headers = LLMGWCore.HTTPHeaders()
        for field in request.headers { headers.add(field.name.canonicalName, field.value) }
        let mockRequest = MockRequest(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
            headers: headers, body: Array(buffer: bytes))
        let answer = try await upstream.respond(to: mockRequest)
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        let body = answer.body
        let channel = context.channel
        let shutdown = shutdown
        let responseBody = ResponseBody(contentLength: body.contentLength) { writer in
            // A thrown error (disconnect fault, client gone, shutdown) closes the connection
            // without the final chunk: the client sees the body cut off.
            try await body.write(
                to: { chunk in try await writer.write(ByteBuffer(bytes: chunk)) },
                stillWanted: { channel.isActive && !shutdown.isSet })
            try await writer.finish(nil)
        }
        return Response(status: .init(code: answer.status), headers: fields, body: responseBody)
    }
}

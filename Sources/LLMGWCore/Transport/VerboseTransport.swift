/// Wraps a transport and reports each request and response head, with secrets masked, for `-v`.
public struct VerboseTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let emit: @Sendable (String) -> Void

    /// - Parameters:
    ///   - base: the transport that sends.
    ///   - emit: receives one already-redacted line at a time.
    public init(wrapping base: any HTTPTransport, emit: @escaping @Sendable (String) -> Void) {
        self.base = base
        self.emit = emit
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        emit("> \(request.method) \(Redactor.url(request.url))")
        for field in request.headers {
            emit("> \(field.name): \(Redactor.headerValue(name: field.name, value: field.value))")
        }
        emit("> (\(request.body.count) bytes of body)")
        do {
            let response = try await base.send(request)
            emit("< HTTP \(response.status)")
            for field in response.headers {
                emit("< \(field.name): \(Redactor.headerValue(name: field.name, value: field.value))")
            }
            return response
        } catch {
            emit("< failed: \(error)")
            throw error
        }
    }
}

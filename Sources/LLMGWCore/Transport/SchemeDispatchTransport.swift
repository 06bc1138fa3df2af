/// Sends each request to the transport registered for its URL scheme (`mock://` in-process,
/// `http(s)://` over the network).
public struct SchemeDispatchTransport: HTTPTransport {
    private let byScheme: [String: any HTTPTransport]
    private let fallback: any HTTPTransport

    /// - Parameters:
    ///   - byScheme: transports keyed by lower-case scheme, e.g. `["mock": MockTransport()]`.
    ///   - fallback: the transport for every other scheme.
    public init(byScheme: [String: any HTTPTransport], fallback: any HTTPTransport) {
        self.byScheme = byScheme
        self.fallback = fallback
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let separator = request.url.range(of: "://") {
            let scheme = request.url[..<separator.lowerBound].lowercased()
            if let transport = byScheme[scheme] { return try await transport.send(request) }
        }
        return try await fallback.send(request)
    }
}

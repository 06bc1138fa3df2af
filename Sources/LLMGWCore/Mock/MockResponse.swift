/// The mock upstream's answer to one request: a status, headers and a body to write.
public struct MockResponse: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The response headers (without `content-length`; see ``MockBody/contentLength``).
    public var headers: HTTPHeaders
    /// The body.
    public var body: MockBody

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders, body: MockBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

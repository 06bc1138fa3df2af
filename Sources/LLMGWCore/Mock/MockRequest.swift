/// One HTTP request as the mock upstream sees it.
public struct MockRequest: Sendable, Hashable {
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// The path without the query, e.g. `/v1/chat/completions`.
    public var path: String
    /// The query without the `?`, e.g. `alt=sse`; empty when there is none.
    public var query: String
    /// The request headers.
    public var headers: HTTPHeaders
    /// The request body.
    public var body: [UInt8]

    /// Creates a request from its parts.
    public init(method: String, path: String, query: String = "", headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Creates a request from an absolute URL (`mock://local/v1/chat/completions`) or an origin-form
    /// target (`/v1beta/models/echo:streamGenerateContent?alt=sse`); the scheme and host are ignored.
    public init(method: String, url: String, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        var rest = Substring(url)
        if let schemeEnd = rest.range(of: "://") {
            rest = rest[schemeEnd.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        if let question = rest.firstIndex(of: "?") {
            self.init(
                method: method, path: String(rest[..<question]), query: String(rest[rest.index(after: question)...]),
                headers: headers, body: body)
        } else {
            self.init(method: method, path: rest.isEmpty ? "/" : String(rest), headers: headers, body: body)
        }
    }

    /// The value of query parameter `name`, without percent-decoding; `nil` when absent.
    public func queryValue(_ name: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }
}

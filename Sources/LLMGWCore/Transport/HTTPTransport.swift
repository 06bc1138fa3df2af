/// Header fields in order, with case-insensitive lookup.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var fields: [(name: String, value: String)]

    public init(_ fields: [(name: String, value: String)] = []) { self.fields = fields }
    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The first value of `name`, compared without case.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// Adds a field, keeping any existing ones of the same name.
    public mutating func add(_ name: String, _ value: String) { fields.append((name: name, value: value)) }

    /// Replaces every field of `name` with one.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    /// Removes every field of `name`.
    public mutating func remove(_ name: String) {
        let lowered = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lowered }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }
}

/// Time limits for one HTTP exchange; `nil` means no limit of that kind.
public struct TransportTimeouts: Sendable, Hashable {
    /// Until the TCP (and TLS) connection is up.
    public var connect: Duration?
    /// From sending the request until the first byte of the response body (or the head, when empty).
    public var firstByte: Duration?
    /// Longest silence between two reads of the body once it started.
    public var idle: Duration?
    /// The whole exchange, body included.
    public var total: Duration?

    public init(
        connect: Duration? = .seconds(10), firstByte: Duration? = nil, idle: Duration? = nil, total: Duration? = nil
    ) {
        self.connect = connect
        self.firstByte = firstByte
        self.idle = idle
        self.total = total
    }
}

/// An outgoing HTTP request.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    /// An absolute `http:` or `https:` URL.
    public var url: String
    public var headers: HTTPHeaders
    public var body: [UInt8]
    public var timeouts: TransportTimeouts

    public init(
        method: String = "POST", url: String, headers: HTTPHeaders = [:], body: [UInt8] = [],
        timeouts: TransportTimeouts = TransportTimeouts()
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
    }
}

/// A response whose head has arrived and whose body streams in chunks as they are read.
///
/// Stop iterating `body` (or cancel the task iterating it) to abort the transfer and close the
/// connection.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    /// The body in chunks as they arrive; ends at the end of the body, or throws ``TransportError``.
    public var body: AsyncThrowingStream<[UInt8], any Error>

    public init(status: Int, headers: HTTPHeaders, body: AsyncThrowingStream<[UInt8], any Error>) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Reads the whole body, up to `limit` bytes.
    /// - Throws: ``TransportError/responseTooLarge(limit:)`` past the limit, or what the body throws.
    public func collectBody(limit: Int = 64 << 20) async throws -> [UInt8] {
        var collected: [UInt8] = []
        for try await chunk in body {
            collected.append(contentsOf: chunk)
            if collected.count > limit { throw TransportError.responseTooLarge(limit: limit) }
        }
        return collected
    }
}

/// Sends HTTP requests. The production implementation is libcurl; tests use ``InMemoryTransport``.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns once the response head has arrived.
    /// - Throws: ``TransportError`` when no response head arrives.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// Why an HTTP exchange failed below the HTTP layer.
public enum TransportError: Error, Sendable, Hashable {
    /// The URL could not be used.
    case invalidURL(String)
    /// The host name did not resolve.
    case resolveFailed(host: String)
    /// No connection could be made (refused, unreachable).
    case connectFailed(String)
    /// TLS failed: certificate, handshake.
    case tlsFailed(String)
    /// The connect limit passed.
    case connectTimeout
    /// No first byte within the limit.
    case firstByteTimeout
    /// The body went silent for longer than the idle limit.
    case idleTimeout
    /// The whole exchange took longer than the total limit.
    case totalTimeout
    /// The connection closed or reset in the middle of the response.
    case connectionLost(String)
    /// The body was larger than the caller accepts.
    case responseTooLarge(limit: Int)
    /// The caller cancelled.
    case cancelled
    /// Anything else the transport reports.
    case other(String)
}

extension TransportError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidURL(let url): "invalid URL: \(url)"
        case .resolveFailed(let host): "could not resolve host \(host)"
        case .connectFailed(let detail): "could not connect: \(detail)"
        case .tlsFailed(let detail): "TLS failed: \(detail)"
        case .connectTimeout: "timed out connecting"
        case .firstByteTimeout: "timed out waiting for the first byte"
        case .idleTimeout: "the response went silent (idle timeout)"
        case .totalTimeout: "timed out (total time limit)"
        case .connectionLost(let detail): "connection lost: \(detail)"
        case .responseTooLarge(let limit): "response larger than \(limit) bytes"
        case .cancelled: "cancelled"
        case .other(let detail): detail
        }
    }
}

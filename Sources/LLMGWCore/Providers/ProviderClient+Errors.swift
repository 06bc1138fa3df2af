extension ProviderClient {
    /// Turns anything thrown during a call into a ``ProviderError`` that names the provider and
    /// never contains the endpoint's key.
    /// - Parameters:
    ///   - error: what was thrown: a ``ProviderError``, a ``TransportError`` or anything else.
    ///   - endpoint: the endpoint called, for the host name and the key to redact.
    ///   - streamStarted: whether events had arrived; a connection lost after that is reported as
    ///     ``ProviderError/streamTruncated(message:)``, since part of the answer was already yielded.
    static func providerError(from error: any Error, endpoint: ProviderEndpoint, streamStarted: Bool) -> ProviderError {
        let mapped: ProviderError
        switch error {
        case let error as ProviderError:
            mapped = error
        case let error as TransportError:
            mapped = providerError(from: error, host: host(of: endpoint.baseURL), streamStarted: streamStarted)
        case is CancellationError:
            mapped = .cancelled
        default:
            mapped = .connectionLost(message: "the call to \(host(of: endpoint.baseURL)) failed: \(error)")
        }
        let label = endpoint.provider.isEmpty ? endpoint.kind.rawValue : endpoint.provider
        let secrets = endpoint.apiKey.map { [$0.secret] } ?? []
        return rewriting(mapped) { message in
            Redactor.text(message.hasPrefix(label + ": ") ? message : label + ": " + message, secrets: secrets)
        }
    }

    private static func providerError(from error: TransportError, host: String, streamStarted: Bool) -> ProviderError {
        switch error {
        case .invalidURL(let url):
            .badRequest(message: "invalid URL \(Redactor.url(url)); check the provider's base_url")
        case .resolveFailed(let name):
            .connectionLost(message: "could not resolve host \(name); check the base URL and the network")
        case .connectFailed(let detail):
            .connectionLost(
                message: "could not connect to \(host) (\(detail)); is the server up and the base URL right?")
        case .tlsFailed(let detail):
            .connectionLost(message: "TLS with \(host) failed (\(detail)); check the URL scheme and certificates")
        case .connectTimeout:
            .timeout(message: "timed out connecting to \(host); check the network or raise the connect timeout")
        case .firstByteTimeout:
            .timeout(message: "\(host) sent no response within the first-byte time limit")
        case .idleTimeout:
            .timeout(message: "\(host) went silent in the middle of the response (idle time limit)")
        case .totalTimeout:
            .timeout(message: "the call to \(host) took longer than the total time limit")
        case .connectionLost(let detail) where streamStarted:
            .streamTruncated(message: "the connection to \(host) was lost in the middle of the stream (\(detail))")
        case .connectionLost(let detail):
            .connectionLost(message: "the connection to \(host) was lost (\(detail)); retry the call")
        case .responseTooLarge(let limit):
            .malformedResponse(message: "\(host) sent a response larger than \(limit) bytes")
        case .cancelled:
            .cancelled
        case .other(let detail):
            .connectionLost(message: "the call to \(host) failed: \(detail)")
        }
    }

    /// The host (and port) of a URL, without scheme, user info, path or query.
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        return rest.isEmpty ? "the provider" : String(rest)
    }

    /// The same error with its message transformed.
    static func rewriting(_ error: ProviderError, _ transform: (String) -> String) -> ProviderError {
        switch error {
        case .authentication(let message): .authentication(message: transform(message))
        case .permission(let message): .permission(message: transform(message))
        case .notFound(let message): .notFound(message: transform(message))
        case .badRequest(let message): .badRequest(message: transform(message))
        case .contextLengthExceeded(let message): .contextLengthExceeded(message: transform(message))
        case .rateLimited(let message, let retryAfter):
            .rateLimited(message: transform(message), retryAfter: retryAfter)
        case .quotaExceeded(let message): .quotaExceeded(message: transform(message))
        case .overloaded(let message, let retryAfter): .overloaded(message: transform(message), retryAfter: retryAfter)
        case .server(let status, let message): .server(status: status, message: transform(message))
        case .timeout(let message): .timeout(message: transform(message))
        case .connectionLost(let message): .connectionLost(message: transform(message))
        case .streamTruncated(let message): .streamTruncated(message: transform(message))
        case .malformedResponse(let message): .malformedResponse(message: transform(message))
        case .cancelled: .cancelled
        }
    }
}

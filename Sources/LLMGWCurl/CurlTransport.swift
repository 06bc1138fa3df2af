import LLMGWCore

/// The production ``HTTPTransport``: libcurl with one multi handle on one dedicated thread.
///
/// Connections are pooled and kept alive across requests, HTTP/2 is negotiated over TLS and
/// multiplexed, TLS peers are verified, redirects are not followed, and the standard proxy
/// variables (`http_proxy`, `https_proxy`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) are honoured
/// by libcurl itself. Response bodies stream chunk by chunk as they arrive; a slow reader pauses
/// the transfer instead of growing a buffer without bound.
public final class CurlTransport: HTTPTransport {
    /// The process-wide transport; its thread starts with the first request.
    public static let shared = CurlTransport()

    /// How this transport manages connections.
    public let configuration: Configuration
    private let loop: CurlMultiLoop

    /// Creates a transport with its own connection pool and thread (started on first use).
    /// - Parameter configuration: connection limits, user agent, CA bundle, tracing.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        self.loop = CurlMultiLoop(configuration: configuration)
    }

    deinit {
        loop.requestShutdown()
    }

    /// Sends `request` and returns once the final response head has arrived.
    /// - Parameter request: an absolute `http:` or `https:` request; its timeouts apply.
    /// - Returns: the status, the headers and the body, which streams as it arrives.
    /// - Throws: ``TransportError``, `.cancelled` when the calling task is cancelled first.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if Task.isCancelled { throw TransportError.cancelled }
        let transfer = try CurlTransfer(request: request, id: loop.makeID(), loop: loop, configuration: configuration)
        let loop = self.loop
        return try await transfer.channel.awaitHead { loop.submit(.add(transfer)) }
    }
}

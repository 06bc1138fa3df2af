import CCurl
import LLMGWCore

extension TransportError {
    /// The transport error for a libcurl result code of `transfer`.
    static func curl(_ code: CURLcode, transfer: CurlTransfer) -> TransportError {
        let detail = "\(transfer.errorText(code)) (curl error \(code.rawValue), \(Redactor.url(transfer.url)))"
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return .invalidURL(Redactor.url(transfer.url))
        case CURLE_COULDNT_RESOLVE_HOST:
            return .resolveFailed(host: Self.host(of: transfer.url))
        case CURLE_COULDNT_RESOLVE_PROXY:
            return .resolveFailed(host: "proxy: \(transfer.errorText(code))")
        case CURLE_COULDNT_CONNECT:
            return .connectFailed(detail)
        case CURLE_OPERATION_TIMEDOUT:
            return timeout(transfer: transfer)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_USE_SSL_FAILED:
            return .tlsFailed(detail)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_HTTP2,
            CURLE_HTTP2_STREAM:
            return .connectionLost(detail)
        case CURLE_ABORTED_BY_CALLBACK, CURLE_WRITE_ERROR:
            if transfer.channel.isAbandoned { return .cancelled }
            return .other("HTTP transfer failed: \(detail)")
        default:
            return .other("HTTP transfer failed: \(detail)")
        }
    }

    /// Tells a connect timeout from a total one: before the request went out it was the connect
    /// phase, unless the total limit is the shorter one.
    private static func timeout(transfer: CurlTransfer) -> TransportError {
        var pretransfer: curl_off_t = 0
        _ = llmgw_easy_getinfo_offset(transfer.easy, CURLINFO_PRETRANSFER_TIME_T, &pretransfer)
        if pretransfer == 0, let connect = transfer.timeouts.connect {
            if let total = transfer.timeouts.total, total < connect { return .totalTimeout }
            return .connectTimeout
        }
        return .totalTimeout
    }

    /// The host part of an absolute URL, without user info or port.
    static func host(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        var rest = url[scheme.upperBound...]
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") { return String(rest[...close]) }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        return String(rest)
    }
}

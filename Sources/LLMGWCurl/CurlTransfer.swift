import CCurl
import LLMGWCore

/// One request in flight: its easy handle, its libcurl callbacks and its timers.
///
/// Built and configured on the caller's thread, then owned by the curl thread from the moment it
/// is queued: every `var` below is touched only there (the queue's lock orders the hand-over).
final class CurlTransfer: @unchecked Sendable {
    /// The id under which the loop tracks this transfer.
    let id: UInt64
    /// The easy handle; cleaned up with ``cleanup()``.
    let easy: UnsafeMutableRawPointer
    /// The hand-over to the Swift tasks.
    let channel: CurlBodyChannel
    /// The request URL, for error messages (passed through ``Redactor/url(_:)`` before use).
    let url: String
    let timeouts: TransportTimeouts
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>

    // Curl-thread state.
    var status = 0
    var headerFields: [(name: String, value: String)] = []
    var headDelivered = false
    var startedAt: UInt64 = 0
    var lastActivity: UInt64 = 0
    var sawBody = false
    var paused = false
    let firstByteLimit: UInt64
    let idleLimit: UInt64
    /// The loop that drives this transfer, told when a timer moves earlier.
    let loop: CurlMultiLoop

    init(
        request: HTTPRequest, id: UInt64, loop: CurlMultiLoop, configuration: CurlTransport.Configuration
    ) throws(TransportError) {
        let lowerURL = request.url.prefix(8).lowercased()
        guard lowerURL.hasPrefix("http://") || lowerURL.hasPrefix("https://") else {
            throw .invalidURL(Redactor.url(request.url))
        }
        let headerList = try Self.makeHeaderList(request)
        guard let easy = curl_easy_init() else {
            curl_slist_free_all(headerList)
            throw .other("libcurl could not create a transfer handle (out of memory?)")
        }
        self.id = id
        self.loop = loop
        self.easy = easy
        self.url = request.url
        self.timeouts = request.timeouts
        self.headerList = headerList
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        self.channel = CurlBodyChannel(id: id, loop: loop, limit: configuration.maxBufferedBodyBytes)
        self.firstByteLimit = request.timeouts.firstByte.map(CurlClock.nanoseconds) ?? 0
        self.idleLimit = request.timeouts.idle.map(CurlClock.nanoseconds) ?? 0
        do {
            try configure(request: request, configuration: configuration)
        } catch {
            cleanup()
            throw error
        }
    }

    deinit {
        errorBuffer.deallocate()
    }

    /// Frees the easy handle and the header list; call once, on the curl thread, after removal.
    func cleanup() {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        headerList = nil
    }

    /// The text libcurl left in the error buffer, or its generic text for `code`.
    func errorText(_ code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        if !detail.isEmpty { return detail }
        return String(cString: curl_easy_strerror(code))
    }

    /// When a timer of this transfer fires, or `nil` when none is running.
    var deadline: UInt64? {
        if paused { return nil }
        if !sawBody { return firstByteLimit > 0 ? startedAt &+ firstByteLimit : nil }
        return idleLimit > 0 ? lastActivity &+ idleLimit : nil
    }

    private func configure(request: HTTPRequest, configuration: CurlTransport.Configuration) throws(TransportError) {
        let code = request.url.withCString { llmgw_easy_setopt_string(easy, CURLOPT_URL, $0) }
        guard code == CURLE_OK else { throw .invalidURL(Redactor.url(request.url)) }
        _ = llmgw_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        setLong(CURLOPT_NOSIGNAL, 1)
        setLong(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        if request.url.prefix(8).lowercased() == "https://" { setLong(CURLOPT_PIPEWAIT, 1) }
        setLong(CURLOPT_FOLLOWLOCATION, 0)
        setLong(CURLOPT_SSL_VERIFYPEER, 1)
        setLong(CURLOPT_SSL_VERIFYHOST, 2)
        if let path = configuration.caBundlePath { _ = llmgw_easy_setopt_string(easy, CURLOPT_CAINFO, path) }
        // No CURLOPT_PROXY, on purpose: libcurl then honours http_proxy, https_proxy, HTTPS_PROXY,
        // ALL_PROXY and NO_PROXY from the environment by itself.
        setLong(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        setLong(CURLOPT_TCP_NODELAY, 1)
        setLong(CURLOPT_TCP_KEEPALIVE, 1)
        _ = llmgw_easy_setopt_string(easy, CURLOPT_USERAGENT, configuration.userAgent)
        // A missing connect limit keeps libcurl's own default (300 s); a missing total means none.
        if let connect = request.timeouts.connect {
            setLong(CURLOPT_CONNECTTIMEOUT_MS, CurlClock.milliseconds(connect))
        }
        if let total = request.timeouts.total { setLong(CURLOPT_TIMEOUT_MS, CurlClock.milliseconds(total)) }
        _ = llmgw_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer))
        let this = Unmanaged.passUnretained(self).toOpaque()
        _ = llmgw_easy_setopt_pointer(easy, CURLOPT_PRIVATE, this)
        _ = llmgw_easy_setopt_write_callback(easy, CURLOPT_WRITEFUNCTION, curlTransferWrite)
        _ = llmgw_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, this)
        _ = llmgw_easy_setopt_write_callback(easy, CURLOPT_HEADERFUNCTION, curlTransferHeader)
        _ = llmgw_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, this)
        if configuration.verbose {
            setLong(CURLOPT_VERBOSE, 1)
            _ = llmgw_easy_setopt_debug_callback(easy, curlRedactingTrace)
        }
        try configureMethod(request)
        _ = llmgw_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList)
    }

    private func configureMethod(_ request: HTTPRequest) throws(TransportError) {
        let method = request.method.uppercased()
        guard !method.isEmpty, method.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else {
            throw .other("invalid HTTP method '\(request.method)': use a token such as GET or POST")
        }
        switch method {
        case "GET" where request.body.isEmpty:
            setLong(CURLOPT_HTTPGET, 1)
        case "HEAD" where request.body.isEmpty:
            setLong(CURLOPT_NOBODY, 1)
        default:
            if method != "POST" { _ = llmgw_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, method) }
            if method == "POST" || !request.body.isEmpty {
                setLong(CURLOPT_POST, 1)
                _ = llmgw_easy_setopt_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
                if request.body.isEmpty {
                    _ = llmgw_easy_setopt_string(easy, CURLOPT_COPYPOSTFIELDS, "")
                } else {
                    request.body.withUnsafeBytes { bytes in
                        _ = llmgw_easy_setopt_pointer(
                            easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress))
                    }
                }
            }
        }
    }

    /// Control characters, space, colon and non-ASCII bytes cannot appear in a header name.
    private static func isForbiddenInName(_ byte: UInt8) -> Bool {
        byte <= 32 || byte == UInt8(ascii: ":") || byte >= 127
    }

    /// Line breaks and NUL would split or end a header value.
    private static func isForbiddenInValue(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") || byte == 0
    }

    private func setLong(_ option: CURLoption, _ value: Int) {
        _ = llmgw_easy_setopt_long(easy, option, value)
    }

    /// The request headers as a libcurl list, plus the suppressions of libcurl's own defaults.
    private static func makeHeaderList(
        _ request: HTTPRequest
    ) throws(TransportError) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        var seen: Set<String> = []
        for field in request.headers {
            let name = field.name
            let badName = name.isEmpty || name.utf8.contains(where: Self.isForbiddenInName)
            let badValue = field.value.utf8.contains(where: Self.isForbiddenInValue)
            if badName || badValue {
                curl_slist_free_all(list)
                throw .other(
                    "request header '\(badName ? "(invalid name)" : name)' contains a control character, "
                        + "a colon or a line break; fix the header before sending")
            }
            seen.insert(name.lowercased())
            // libcurl sends "Name;" as a header with an empty value ("Name:" would remove it).
            let line = field.value.isEmpty ? "\(name);" : "\(name): \(field.value)"
            list = curl_slist_append(list, line)
        }
        // Never wait for "100 Continue" before sending a body.
        if !seen.contains("expect") { list = curl_slist_append(list, "Expect:") }
        // A body without a declared type goes out without libcurl's form-encoding default.
        if !seen.contains("content-type") { list = curl_slist_append(list, "Content-Type:") }
        return list
    }
}

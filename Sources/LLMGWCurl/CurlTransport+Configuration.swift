extension CurlTransport {
    /// How a ``CurlTransport`` manages connections and identifies itself.
    public struct Configuration: Sendable, Hashable {
        /// Most open connections to one host; 0 means no limit. Extra requests wait for a free one.
        public var maxConnectionsPerHost: Int
        /// Most open connections in total; 0 means no limit.
        public var maxTotalConnections: Int
        /// Sent as `User-Agent` unless the request sets its own.
        public var userAgent: String
        /// A PEM file of CA certificates to trust instead of the system store.
        public var caBundlePath: String?
        /// Writes libcurl's connection trace to stderr, with secret header values masked.
        public var verbose: Bool
        /// Unread body bytes above which the transfer pauses until the consumer catches up.
        public var maxBufferedBodyBytes: Int

        /// Creates a configuration; the defaults suit a CLI and a load generator alike.
        public init(
            maxConnectionsPerHost: Int = 0, maxTotalConnections: Int = 0, userAgent: String = "llmgw/0.1",
            caBundlePath: String? = nil, verbose: Bool = false, maxBufferedBodyBytes: Int = 1 << 20
        ) {
            self.maxConnectionsPerHost = maxConnectionsPerHost
            self.maxTotalConnections = maxTotalConnections
            self.userAgent = userAgent
            self.caBundlePath = caBundlePath
            self.verbose = verbose
            self.maxBufferedBodyBytes = maxBufferedBodyBytes
        }
    }
}

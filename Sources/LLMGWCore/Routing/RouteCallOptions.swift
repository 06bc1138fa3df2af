/// How one call goes through the routing engine: overrides, tags, time limits, resume and cache.
public struct RouteCallOptions: Sendable {
    /// Command-line routing overrides.
    public var overrides: RouteOverrides
    /// Request tags and `key=value` metadata for conditional rules.
    public var tags: [String]
    /// Per-attempt limits: connect, first token, idle gap; `total` bounds one attempt.
    public var timeouts: TransportTimeouts
    /// The whole call with its retries; `nil` for no limit beyond the attempts'.
    public var totalTimeout: Duration?
    /// Whether a stream failing after its first token restarts on the next target; `nil` uses
    /// the route's `resume_on_fallback` (off by default).
    public var resumeOnFallback: Bool?
    /// `--api-key-env`, for a plain model reference.
    public var apiKeyEnv: String?
    /// Whether to use the response cache.
    public var cache: CacheMode

    /// Creates options.
    public init(
        overrides: RouteOverrides = RouteOverrides(), tags: [String] = [],
        timeouts: TransportTimeouts = TransportTimeouts(),
        totalTimeout: Duration? = nil, resumeOnFallback: Bool? = nil, apiKeyEnv: String? = nil,
        cache: CacheMode = .automatic
    ) {
        self.overrides = overrides
        self.tags = tags
        self.timeouts = timeouts
        self.totalTimeout = totalTimeout
        self.resumeOnFallback = resumeOnFallback
        self.apiKeyEnv = apiKeyEnv
        self.cache = cache
    }
}

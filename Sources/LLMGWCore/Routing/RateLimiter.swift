/// Client-side rate limits per provider and per model: token buckets for requests and prompt
/// tokens per minute, so llmgw slows itself down instead of collecting 429s.
public actor RateLimiter {
    private let limits: [String: RateLimit]
    private let clock: any RoutingClock
    private var requestBuckets: [String: TokenBucket] = [:]
    private var tokenBuckets: [String: TokenBucket] = [:]

    /// Creates a limiter.
    /// - Parameters:
    ///   - limits: by provider name or `provider/model`.
    ///   - clock: the time source (injected in tests).
    public init(limits: [String: RateLimit], clock: any RoutingClock = SystemRoutingClock()) {
        self.limits = limits
        self.clock = clock
    }

    /// How long a call to `target` with `tokens` prompt tokens would wait now (zero when free).
    public func wait(_ target: String, tokens: Int) -> Duration {
        let now = clock.now()
        var longest = Duration.zero
        for key in ConcurrencyLimiter.keys(target) {
            guard let limit = limits[key] else { continue }
            if let rpm = limit.requestsPerMinute {
                longest = max(longest, bucket(&requestBuckets, key, rpm, now).wait(for: 1, now: now))
            }
            if let tpm = limit.tokensPerMinute {
                longest = max(longest, bucket(&tokenBuckets, key, tpm, now).wait(for: Double(tokens), now: now))
            }
        }
        return longest
    }

    /// Waits until a call to `target` fits every limit, then takes its share.
    /// - Returns: how long it waited.
    public func acquire(_ target: String, tokens: Int) async -> Duration {
        var waited = Duration.zero
        while true {
            let wait = wait(target, tokens: tokens)
            if wait == .zero { break }
            do {
                try await clock.sleep(for: wait)
            } catch {
                break
            }
            waited += wait
        }
        let now = clock.now()
        for key in ConcurrencyLimiter.keys(target) {
            guard let limit = limits[key] else { continue }
            if let rpm = limit.requestsPerMinute {
                var bucket = bucket(&requestBuckets, key, rpm, now)
                _ = bucket.take(1, now: now)
                requestBuckets[key] = bucket
            }
            if let tpm = limit.tokensPerMinute {
                var bucket = bucket(&tokenBuckets, key, tpm, now)
                _ = bucket.take(Double(tokens), now: now)
                tokenBuckets[key] = bucket
            }
        }
        return waited
    }

    private func bucket(
        _ buckets: inout [String: TokenBucket], _ key: String, _ perMinute: Int, _ now: Duration
    )
        -> TokenBucket
    {
        if let existing = buckets[key] { return existing }
        let bucket = TokenBucket(perMinute: Double(perMinute), now: now)
        buckets[key] = bucket
        return bucket
    }
}

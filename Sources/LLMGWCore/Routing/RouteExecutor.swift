/// Runs a call through the routing engine: plans it, then tries candidates with retries,
/// backoff with full jitter, Retry-After, fallback, time limits and circuit breakers, each
/// attempt made by ``CallExecutor/execute(_:on:timeouts:onEvent:)``.
public struct RouteExecutor: Sendable {
    /// The router that plans calls.
    public let router: ModelRouter
    /// Makes single attempts.
    public let executor: CallExecutor
    /// Circuit breakers per target.
    public let breaker: CircuitBreaker
    /// In-flight counts and concurrency caps.
    public let concurrency: ConcurrencyLimiter
    /// Client-side request and token rate limits, when configured.
    public let rateLimiter: RateLimiter?
    /// The exact-match response cache, when the database is open.
    public let cache: ResponseCache?
    /// Observed speed per target, loaded when a policy needs it.
    public let latency: (@Sendable () -> [String: LatencyStat])?
    let clock: any RoutingClock
    let random: any RandomSource

    /// Creates an executor.
    /// - Parameters:
    ///   - router: plans calls.
    ///   - executor: makes single attempts.
    ///   - breaker: circuit breakers (shared across calls).
    ///   - concurrency: in-flight counts and caps.
    ///   - rateLimiter: client-side rate limits, if any.
    ///   - cache: the response cache, if any.
    ///   - latency: observed speed per target (from the request log), if available.
    ///   - clock: the time source (injected in tests).
    ///   - random: jitter and weighted draws (injected in tests).
    public init(
        router: ModelRouter, executor: CallExecutor, breaker: CircuitBreaker? = nil,
        concurrency: ConcurrencyLimiter = ConcurrencyLimiter(), rateLimiter: RateLimiter? = nil,
        cache: ResponseCache? = nil, latency: (@Sendable () -> [String: LatencyStat])? = nil,
        clock: any RoutingClock = SystemRoutingClock(), random: any RandomSource = SystemRandomSource()
    ) {
        self.router = router
        self.executor = executor
        self.breaker = breaker ?? CircuitBreaker(clock: clock, random: random)
        self.concurrency = concurrency
        self.rateLimiter = rateLimiter
        self.cache = cache
        self.latency = latency
        self.clock = clock
        self.random = random
    }

    /// The current health snapshot: circuits, load, and observed speed when `withLatency`.
    public func health(withLatency: Bool) async -> RouteHealth {
        RouteHealth(
            circuits: await breaker.snapshot(), inFlight: await concurrency.snapshot(),
            latency: withLatency ? (latency?() ?? [:]) : [:])
    }

    /// Plans a call without making it.
    /// - Parameters:
    ///   - request: the call.
    ///   - reference: a route or `provider/model`; `nil` for the default.
    ///   - options: overrides and tags.
    ///   - withLatency: load observed speed even when no policy needs it (`route explain`).
    ///   - profile: the request already measured; measured here (tokens counted only if needed) when `nil`.
    /// - Returns: the plan; it may have no eligible candidate.
    /// - Throws: ``RoutingError/unresolved(_:)``.
    public func plan(
        _ request: ChatRequest, reference: String?, options: RouteCallOptions, withLatency: Bool = false,
        profile: RequestProfile? = nil
    ) async throws(RoutingError) -> RoutePlan {
        let profile = profile ?? RequestProfile(request: request, model: reference ?? "", tags: options.tags)
        let needsLatency = withLatency || router.needsLatency(reference, sort: options.overrides.sort)
        let health = await health(withLatency: needsLatency)
        return try router.plan(
            reference, profile: profile, overrides: options.overrides, health: health, roll: random.unit(),
            apiKeyEnv: options.apiKeyEnv)
    }

    /// Runs a planned call.
    /// - Parameters:
    ///   - request: the call.
    ///   - plan: the router's plan.
    ///   - options: time limits, resume and cache settings.
    ///   - onEvent: each event of the attempt being streamed, on the calling task.
    ///   - onNotice: a line for the user when llmgw restarts an answer on another target.
    /// - Returns: the report of the attempt that answered (or failed last), with every attempt
    ///   and skipped candidate.
    /// - Throws: ``RoutingError/noEligibleTarget(route:skipped:)`` when no attempt could be made.
    public func execute(
        _ request: ChatRequest, plan: RoutePlan, options: RouteCallOptions,
        onEvent: (ChatEvent) -> Void = { _ in }, onNotice: (String) -> Void = { _ in }
    ) async throws(RoutingError) -> CallReport {
        let routeConfig = plan.route.flatMap { router.config.routes[$0] }
        let retry = routeConfig?.retrySettings ?? RetrySettings()
        let breakerSettings = routeConfig?.breaker
        let resume = options.resumeOnFallback ?? routeConfig?.resumeOnFallback ?? false
        var timeouts = options.timeouts
        if let limits = routeConfig?.timeouts {
            if let connect = limits.connect { timeouts.connect = connect }
            if let firstToken = limits.firstToken { timeouts.firstByte = firstToken }
            if let idle = limits.idle { timeouts.idle = idle }
        }
        let totalLimit = routeConfig?.timeouts?.total ?? options.totalTimeout
        let backoff = Backoff(base: retry.backoffBase, max: retry.backoffMax)
        let start = clock.now()
        let deadline = totalLimit.map { start + $0 }

        let cacheKey = cacheKey(request, plan: plan, mode: options.cache)
        if let cacheKey, let cache, let hit = cache.lookup(cacheKey) {
            return cachedReport(hit, plan: plan, onEvent: onEvent)
        }

        var queue = plan.eligible
        var skipped = plan.skipped
        var attempts: [AttemptReport] = []
        var triesOnTarget: [String: Int] = [:]
        var index = 0
        var waited = Duration.zero
        var last: CallReport?
        var lastStart = start
        var restarted = false

        while index < queue.count {
            let candidate = queue[index]
            guard let endpoint = candidate.endpoint?.endpoint else {
                index += 1
                continue
            }
            if attempts.count >= retry.maxAttempts {
                skipped += queue[index...].map { SkippedTarget(target: $0.reference, reason: .budgetExhausted) }
                break
            }
            if let refusal = await breaker.admit(candidate.reference) {
                skipped.append(SkippedTarget(target: candidate.reference, reason: Self.reason(for: refusal)))
                index += 1
                continue
            }
            var attemptTimeouts = timeouts
            if let deadline {
                let remaining = deadline - clock.now()
                if remaining <= .zero {
                    await breaker.release(candidate.reference)
                    skipped += queue[index...].map { SkippedTarget(target: $0.reference, reason: .budgetExhausted) }
                    break
                }
                attemptTimeouts.total = min(attemptTimeouts.total ?? remaining, remaining)
            }
            if let rateLimiter {
                let wait = await rateLimiter.acquire(
                    candidate.reference, tokens: (plan.profile ?? RequestProfile(request: request)).inputTokens)
                waited += wait
            }
            await concurrency.acquire(candidate.reference)
            lastStart = clock.now()
            var sawOutput = false
            var report = await executor.execute(request, on: endpoint, timeouts: attemptTimeouts) { event in
                if event.isOutput { sawOutput = true }
                onEvent(event)
            }
            // A key from the environment is named by its variable (never its value) in the log.
            if report.keyName == nil { report.keyName = candidate.endpoint?.keySource.requestLogKeyName }
            await concurrency.release(candidate.reference)
            triesOnTarget[candidate.reference, default: 0] += 1
            // Key rotation inside the call executor may already have made several attempts.
            var inner = report.attempts
            if inner.isEmpty {
                inner = [AttemptReport(target: candidate.reference, outcome: "ok", latency: report.latency)]
            }
            inner[0].waitedBefore += waited
            waited = .zero
            var attempt = inner.removeLast()
            attempts += inner

            if report.interrupted {
                await breaker.release(candidate.reference)
                attempts.append(attempt)
                last = report
                break
            }
            guard let error = report.error else {
                await breaker.recordSuccess(candidate.reference)
                attempts.append(attempt)
                last = report
                break
            }
            await breaker.recordFailure(candidate.reference, error: error, settings: breakerSettings)
            last = report
            let hasAlternative = index + 1 < queue.count

            if sawOutput {
                if resume, hasAlternative {
                    attempt.note = "stream failed after output; restarted on \(queue[index + 1].reference)"
                    attempts.append(attempt)
                    onNotice(
                        "\(candidate.reference): \(error.errorClass) after part of the answer; "
                            + "restarting on \(queue[index + 1].reference) (the text above is discarded)")
                    restarted = true
                    index += 1
                    continue
                }
                attempts.append(attempt)
                break
            }
            if !error.isRetryable {
                switch error {
                case .contextLengthExceeded:
                    let window = candidate.capabilities.contextWindow
                    var next = index + 1
                    while next < queue.count {
                        if let window, let other = queue[next].capabilities.contextWindow, other <= window {
                            skipped.append(SkippedTarget(target: queue[next].reference, reason: .smallerContext))
                            queue.remove(at: next)
                        } else {
                            next += 1
                        }
                    }
                    attempt.note = index + 1 < queue.count ? "fell back to a larger context" : nil
                    attempts.append(attempt)
                    index += 1
                    continue
                case .badRequest, .cancelled:
                    attempts.append(attempt)
                default:
                    attempt.note = hasAlternative ? "fell back" : nil
                    attempts.append(attempt)
                    index += 1
                    continue
                }
                break
            }
            // Retryable: 408/409/429/5xx, timeouts, dropped connections, cut streams.
            let retryAfter = error.retryAfter.map { Duration.milliseconds(Int64(($0 * 1000).rounded())) }
            if let retryAfter, hasAlternative {
                attempt.note = "retry-after \(SkipReason.seconds(retryAfter)); fell back at once"
                attempts.append(attempt)
                index += 1
                continue
            }
            let tries = triesOnTarget[candidate.reference] ?? 1
            if tries < retry.attemptsPerTarget, attempts.count + 1 < retry.maxAttempts {
                if let retryAfter, retryAfter > retry.maxRetryAfter {
                    attempt.note = "retry-after \(SkipReason.seconds(retryAfter)) is above the limit; gave up"
                    attempts.append(attempt)
                    index += 1
                    continue
                }
                let delay = backoff.delay(retry: tries - 1, retryAfter: retryAfter, random: random)
                if let deadline, clock.now() + delay >= deadline {
                    attempt.note = "no time left to retry"
                    attempts.append(attempt)
                    index += 1
                    continue
                }
                attempt.note = "retried after \(SkipReason.seconds(delay))"
                attempts.append(attempt)
                do {
                    try await clock.sleep(for: delay)
                } catch {
                    report.interrupted = true
                    last = report
                    break
                }
                waited = delay
                continue
            }
            attempt.note = hasAlternative ? "fell back" : nil
            attempts.append(attempt)
            index += 1
        }

        guard var final = last else {
            throw .noEligibleTarget(route: plan.reference, skipped: skipped)
        }
        let elapsed = clock.now() - start
        if let ttft = final.timeToFirstToken { final.timeToFirstToken = (lastStart - start) + ttft }
        final.latency = max(final.latency, elapsed)
        final.attempts = attempts
        final.route = plan.route
        final.skipped = skipped
        final.restarted = restarted
        if final.succeeded, let cacheKey, let cache {
            cache.store(cacheKey, report: final)
        }
        return final
    }

    static func reason(for refusal: CircuitState) -> SkipReason {
        switch refusal {
        case .open(let retryIn): .circuitOpen(retryIn: retryIn)
        case .rateLimited(let retryIn): .rateLimited(retryIn: retryIn)
        case .halfOpen: .circuitOpen(retryIn: .zero)
        case .closed: .circuitOpen(retryIn: .zero)
        }
    }
}

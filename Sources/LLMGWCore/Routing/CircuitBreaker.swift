/// Circuit breakers for every target, shared by all calls of a process.
///
/// A target's circuit opens after `failureThreshold` consecutive failures (5xx, timeouts, dropped
/// connections, cut streams), refuses calls for `cooldown`, then lets one probe through
/// (half-open). Enough successful probes close it, and traffic ramps from 10% back to 100% over
/// `ramp`; a failure while half-open or ramping opens it again. A 429 only marks the target
/// rate-limited for the Retry-After time: busy, not broken.
public actor CircuitBreaker {
    private struct Entry {
        var settings: BreakerSettings
        var consecutiveFailures = 0
        var openedAt: Duration?
        var halfOpenSuccesses = 0
        var probeInFlight = false
        var closedAt: Duration?
        var rateLimitedUntil: Duration?
    }

    private let settings: BreakerSettings
    private let clock: any RoutingClock
    private let random: any RandomSource
    private var entries: [String: Entry] = [:]

    /// Creates the breakers.
    /// - Parameters:
    ///   - settings: thresholds and times.
    ///   - clock: the time source.
    ///   - random: decides admission while traffic ramps.
    public init(
        settings: BreakerSettings = BreakerSettings(), clock: any RoutingClock = SystemRoutingClock(),
        random: any RandomSource = SystemRandomSource()
    ) {
        self.settings = settings
        self.clock = clock
        self.random = random
    }

    /// The state of `target` now.
    public func state(of target: String) -> CircuitState {
        state(of: target, now: clock.now())
    }

    /// The state of every target that has one (targets never seen are closed).
    public func snapshot() -> [String: CircuitState] {
        let now = clock.now()
        var result: [String: CircuitState] = [:]
        for target in entries.keys { result[target] = state(of: target, now: now) }
        return result
    }

    private func state(of target: String, now: Duration) -> CircuitState {
        guard let entry = entries[target] else { return .closed(admitShare: 1) }
        if let openedAt = entry.openedAt {
            let reopen = openedAt + entry.settings.cooldown
            return now < reopen ? .open(retryIn: reopen - now) : .halfOpen
        }
        if let until = entry.rateLimitedUntil, now < until { return .rateLimited(retryIn: until - now) }
        return .closed(admitShare: share(entry, now: now))
    }

    private func share(_ entry: Entry, now: Duration) -> Double {
        guard let closedAt = entry.closedAt, entry.settings.ramp > .zero else { return 1 }
        let elapsed = (now - closedAt).milliseconds / entry.settings.ramp.milliseconds
        return elapsed >= 1 ? 1 : 0.1 + 0.9 * Swift.max(0, elapsed)
    }

    /// Asks to send one call to `target`; a half-open circuit admits one probe at a time, a
    /// ramping one a growing share.
    /// - Returns: `nil` when admitted, otherwise the state that refused.
    public func admit(_ target: String) -> CircuitState? {
        let now = clock.now()
        let current = state(of: target, now: now)
        switch current {
        case .closed(let share):
            if share < 1, random.unit() >= share { return current }
            return nil
        case .halfOpen:
            if entries[target]?.probeInFlight == true { return current }
            entries[target]?.probeInFlight = true
            return nil
        case .open, .rateLimited:
            return current
        }
    }

    /// Records a successful call.
    public func recordSuccess(_ target: String) {
        guard var entry = entries[target] else { return }
        let now = clock.now()
        entry.consecutiveFailures = 0
        entry.rateLimitedUntil = nil
        if entry.openedAt != nil {
            entry.probeInFlight = false
            entry.halfOpenSuccesses += 1
            if entry.halfOpenSuccesses >= entry.settings.halfOpenSuccesses {
                entry.openedAt = nil
                entry.halfOpenSuccesses = 0
                entry.closedAt = now
            }
        }
        entries[target] = entry
    }

    /// Records a failed call; `error` decides whether it counts against the target.
    /// - Parameters:
    ///   - target: `provider/model`.
    ///   - error: what went wrong.
    ///   - settings: the calling route's thresholds; the breaker's defaults when `nil`.
    public func recordFailure(_ target: String, error: ProviderError, settings: BreakerSettings? = nil) {
        let now = clock.now()
        var entry = entries[target] ?? Entry(settings: settings ?? self.settings)
        if let settings { entry.settings = settings }
        switch error {
        case .rateLimited(_, let retryAfter):
            let wait = retryAfter.map { Duration.milliseconds(Int64($0 * 1000)) } ?? .seconds(1)
            entry.rateLimitedUntil = now + wait
            entry.probeInFlight = false
            entries[target] = entry
            return
        case .overloaded, .server, .timeout, .connectionLost, .streamTruncated, .malformedResponse:
            break
        default:
            // The request or the key was wrong, not the target: no effect on its health.
            entry.probeInFlight = false
            entries[target] = entry
            return
        }
        entry.consecutiveFailures += 1
        let halfOpenOrRamping = entry.openedAt != nil || share(entry, now: now) < 1
        if halfOpenOrRamping || entry.consecutiveFailures >= entry.settings.failureThreshold {
            entry.openedAt = now
            entry.halfOpenSuccesses = 0
            entry.closedAt = nil
        }
        entry.probeInFlight = false
        entries[target] = entry
    }

    /// Releases a half-open probe slot without a verdict (the call was interrupted).
    public func release(_ target: String) {
        entries[target]?.probeInFlight = false
    }
}

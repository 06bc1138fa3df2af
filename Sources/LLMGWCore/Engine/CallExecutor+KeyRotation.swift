import struct Foundation.Date

extension CallExecutor {
    /// One call with keys from the pool: a key refused with 401/403 (or out of quota) is set aside
    /// for the rest of the run, a rate-limited key rests until its Retry-After, and the same request
    /// goes again with the provider's next usable key. Every try is one entry of `report.attempts`.
    func executeRotating(
        _ request: ChatRequest, on endpoint: ProviderEndpoint, pool: KeyPool, timeouts: TransportTimeouts,
        onEvent: (ChatEvent) -> Void
    ) async -> CallReport {
        let clock = ContinuousClock()
        let start = clock.now
        let startedAt = Date()
        var attempts: [AttemptReport] = []
        var last: CallReport?
        let limit = max(1, await pool.count(for: endpoint.provider)) * 2
        while attempts.count < limit, !Task.isCancelled {
            guard let pooled = await pool.next(for: endpoint.provider) else { break }
            var keyed = endpoint
            keyed.apiKey = pooled.key
            var report = await attempt(request, on: keyed, timeouts: timeouts, onEvent: onEvent)
            report.keyName = "\(pooled.provider)/\(pooled.name)"
            attempts.append(contentsOf: report.attempts)
            report.attempts = attempts
            report.startedAt = startedAt
            report.latency = clock.now - start
            last = report
            guard report.timeToFirstToken == nil, let error = report.error else { return report }
            switch error {
            case .authentication, .permission, .quotaExceeded:
                await pool.setAside(pooled, reason: error.errorClass)
            case .rateLimited(_, let retryAfter):
                await pool.rest(pooled, for: .milliseconds(Int64(((retryAfter ?? 1) * 1000).rounded())))
            default:
                return report
            }
        }
        if let last { return last }
        var report = CallReport(endpoint: endpoint, startedAt: startedAt)
        if let rest = await pool.shortestRest(for: endpoint.provider) {
            report.error = .rateLimited(
                message: "\(endpoint.provider): every stored key is rate limited; retry in a moment",
                retryAfter: Double(rest.components.seconds) + Double(rest.components.attoseconds) / 1e18)
        } else {
            report.error = .authentication(
                message: "\(endpoint.provider): every stored key was refused earlier in this run; "
                    + "check them with `llmgw keys test \(endpoint.provider)`")
        }
        report.interrupted = Task.isCancelled
        report.latency = clock.now - start
        report.attempts = [
            AttemptReport(target: report.target, outcome: report.error?.errorClass ?? "ok", latency: report.latency)
        ]
        return report
    }
}

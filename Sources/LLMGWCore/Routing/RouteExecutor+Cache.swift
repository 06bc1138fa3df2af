extension RouteExecutor {
    /// The cache key of a request on a plan, or `nil` when the call must not use the cache:
    /// `--no-cache`, or a non-deterministic request (temperature not 0) without `--cache`.
    func cacheKey(_ request: ChatRequest, plan: RoutePlan, mode: CacheMode) -> String? {
        guard cache != nil else { return nil }
        switch mode {
        case .disabled: return nil
        case .automatic: guard request.temperature == 0 else { return nil }
        case .enabled: break
        }
        return RequestFingerprint.key(request, reference: plan.reference)
    }

    /// A report for a cache hit, streaming the cached answer to `onEvent`.
    func cachedReport(_ hit: CachedResponse, plan: RoutePlan, onEvent: (ChatEvent) -> Void) -> CallReport {
        let endpoint =
            plan.candidates.first { $0.reference == hit.target }?.endpoint?.endpoint
            ?? plan.pick?.endpoint?.endpoint
            ?? ProviderEndpoint(
                provider: String(hit.target.split(separator: "/").first ?? ""), kind: .openai, baseURL: "",
                model: hit.target.split(separator: "/", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
        onEvent(.started(id: hit.result.responseID, model: hit.result.servedModel))
        if !hit.result.text.isEmpty { onEvent(.textDelta(hit.result.text)) }
        if let usage = hit.result.usage { onEvent(.usage(usage)) }
        if let reason = hit.result.finishReason { onEvent(.finish(reason)) }
        var report = CallReport(endpoint: endpoint, result: hit.result)
        report.route = plan.route
        report.cacheHit = true
        report.attempts = [AttemptReport(target: hit.target, outcome: "cache_hit", latency: .zero)]
        return report
    }
}

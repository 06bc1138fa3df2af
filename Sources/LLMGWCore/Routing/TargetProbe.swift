/// Health probes for targets: a minimal completion per target, run concurrently with a timeout.
///
/// The probe asks for a one-word answer with a small output budget; models marked `reasoning`
/// in the config get a larger one, since they spend tokens thinking first. Stopping at the
/// budget still counts as healthy: the model answered.
public struct TargetProbe: Sendable {
    /// Makes the calls.
    public let executor: CallExecutor
    /// Model capabilities and names, for the budget.
    public let config: LLMGWConfig
    /// The time limit per probe.
    public let timeout: Duration

    /// The output budget of an ordinary model.
    public static let budget = 16
    /// The output budget of a reasoning model.
    public static let reasoningBudget = 512

    /// Creates a prober.
    public init(executor: CallExecutor, config: LLMGWConfig, timeout: Duration = .seconds(30)) {
        self.executor = executor
        self.config = config
        self.timeout = timeout
    }

    /// The targets to probe for `references`: models as they are, routes expanded to every
    /// model they can reach; all route models when `references` is empty.
    public static func targets(_ references: [String], config: LLMGWConfig) -> [String] {
        var pending = references.isEmpty ? config.routes.keys.sorted() : references
        pending.reverse()
        var result: [String] = []
        var seen: Set<String> = []
        while let reference = pending.popLast() {
            guard seen.insert(reference).inserted else { continue }
            if let route = config.routes[reference] {
                let nested = route.typedRules.map(\.use) + route.targets.map(\.model)
                pending.append(contentsOf: nested.reversed())
            } else {
                result.append(reference)
            }
        }
        return result
    }

    /// The request used to probe `reference`.
    public func request(for reference: String) -> ChatRequest {
        let reasoning = config.models[reference]?.capabilities.contains("reasoning") ?? false
        return ChatRequest(
            model: "", messages: [.text(.user, "Reply with the single word: ok")],
            maxTokens: reasoning ? Self.reasoningBudget : Self.budget, stream: false)
    }

    /// Probes every target concurrently.
    /// - Parameters:
    ///   - targets: `provider/model` references.
    ///   - resolver: turns references into endpoints.
    /// - Returns: one result per target, in the order given.
    public func probe(_ targets: [String], resolver: ModelResolver) async -> [ProbeResult] {
        await withTaskGroup(of: (Int, ProbeResult).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask { (index, await probe(target, resolver: resolver)) }
            }
            var results: [ProbeResult?] = Array(repeating: nil, count: targets.count)
            for await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
    }

    /// Probes one target.
    public func probe(_ target: String, resolver: ModelResolver) async -> ProbeResult {
        let endpoint: ResolvedEndpoint
        do {
            guard let resolved = try resolver.resolve(target).endpoint else {
                return ProbeResult(
                    target: target, healthy: false, latency: .zero, errorClass: "bad_request",
                    message: "'\(target)' is a route, not a model")
            }
            endpoint = resolved
        } catch {
            return ProbeResult(
                target: target, healthy: false, latency: .zero,
                errorClass: error.failureClass == .auth ? "authentication" : "not_found", message: error.message)
        }
        let timeouts = TransportTimeouts(connect: min(timeout, .seconds(10)), total: timeout)
        let report = await executor.execute(request(for: target), on: endpoint.endpoint, timeouts: timeouts)
        if let error = report.error {
            return ProbeResult(
                target: target, healthy: false, latency: report.latency, errorClass: error.errorClass,
                message: error.message)
        }
        if report.interrupted {
            return ProbeResult(
                target: target, healthy: false, latency: report.latency, errorClass: "cancelled", message: "interrupted"
            )
        }
        let reason = report.result.finishReason?.name ?? "none"
        return ProbeResult(
            target: target, healthy: true, latency: report.latency,
            message: "answered (finish \(reason), \(report.result.usage?.outputTokens ?? 0) output tokens)")
    }
}

/// Health probes for targets, run concurrently, each within a timeout: first the provider's model
/// list (where it has one: is the model there?), then a minimal completion.
///
/// The completion asks for a one-word answer with a small output budget; models marked
/// `reasoning` in the config get a larger one, since they spend tokens thinking first. Stopping at
/// the budget still counts as healthy: the model answered. A model missing from its provider's
/// list fails the probe, with both steps reported.
public struct TargetProbe: Sendable {
    /// Makes the calls.
    public let executor: CallExecutor
    /// Reads model lists; `nil` skips the list step.
    public let client: ProviderClient?
    /// Model capabilities and names, for the budget.
    public let config: LLMGWConfig
    /// The time limit per probe.
    public let timeout: Duration

    /// The output budget of an ordinary model.
    public static let budget = 16
    /// The output budget of a reasoning model.
    public static let reasoningBudget = 512

    /// Creates a prober.
    /// - Parameters:
    ///   - executor: makes the completions.
    ///   - client: reads model lists; `nil` to skip that step.
    ///   - config: model capabilities, for the budget.
    ///   - timeout: the time limit per probe, both steps together.
    public init(
        executor: CallExecutor, client: ProviderClient? = nil, config: LLMGWConfig, timeout: Duration = .seconds(30)
    ) {
        self.executor = executor
        self.client = client
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
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        func timeouts() -> TransportTimeouts {
            let remaining = max(deadline - clock.now, .milliseconds(1))
            return TransportTimeouts(connect: min(remaining, .seconds(10)), total: remaining)
        }
        let list = await listCheck(endpoint.endpoint, timeouts: timeouts())
        let report = await executor.execute(request(for: target), on: endpoint.endpoint, timeouts: timeouts())
        let latency = clock.now - start
        func result(healthy: Bool, errorClass: String?, message: String) -> ProbeResult {
            ProbeResult(
                target: target, healthy: healthy && !list.failed, latency: latency,
                errorClass: list.failed ? list.errorClass : errorClass, message: message, listed: list.listed,
                listMessage: list.message)
        }
        if let error = report.error {
            return result(healthy: false, errorClass: error.errorClass, message: error.message)
        }
        if report.interrupted {
            return result(healthy: false, errorClass: "cancelled", message: "interrupted")
        }
        let reason = report.result.finishReason?.name ?? "none"
        return result(
            healthy: true, errorClass: nil,
            message: "answered (finish \(reason), \(report.result.usage?.outputTokens ?? 0) output tokens)")
    }

    /// Reads the provider's model list and looks for the model.
    func listCheck(_ endpoint: ProviderEndpoint, timeouts: TransportTimeouts) async -> ModelListCheck {
        guard let client else { return ModelListCheck(listed: nil, message: "not checked") }
        guard ProviderClient.listsModels(endpoint.kind) else {
            return ModelListCheck(listed: nil, message: "\(endpoint.provider) does not list models; not checked")
        }
        let result: Result<[String], ProviderError>
        do {
            result = .success(try await client.listModels(endpoint: endpoint, timeouts: timeouts))
        } catch {
            result = .failure(error)
        }
        return ModelListCheck.outcome(result, model: endpoint.model, provider: endpoint.provider)
    }
}

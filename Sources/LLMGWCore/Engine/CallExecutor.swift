import struct Foundation.Date

/// Runs one model call against one endpoint and reports what happened, streaming events to the
/// caller as they arrive.
///
/// The routing engine builds on this: it decides which endpoint to try and whether to try again;
/// this type makes one attempt and measures it.
public struct CallExecutor: Sendable {
    private let client: ProviderClient
    /// The run's stored keys; an endpoint whose key is in it rotates through the provider's keys.
    public let keyPool: KeyPool?

    /// - Parameters:
    ///   - client: the provider client (adapter selection and transport).
    ///   - keyPool: the stored keys of the run, for rotation on 401/403/429; `nil` for none.
    public init(client: ProviderClient, keyPool: KeyPool? = nil) {
        self.client = client
        self.keyPool = keyPool
    }

    /// Makes one attempt at `request` on `endpoint`.
    /// - Parameters:
    ///   - request: the provider-neutral request; `request.model` is replaced by the endpoint's model.
    ///   - endpoint: where to send it.
    ///   - timeouts: the attempt's time limits.
    ///   - onEvent: called for each event as it arrives, on the calling task.
    /// - Returns: the report; a failed or interrupted call keeps what had arrived.
    public func execute(
        _ request: ChatRequest, on endpoint: ProviderEndpoint, timeouts: TransportTimeouts = TransportTimeouts(),
        onEvent: (ChatEvent) -> Void = { _ in }
    ) async -> CallReport {
        if let keyPool, let key = endpoint.apiKey, await keyPool.contains(provider: endpoint.provider, key: key) {
            return await executeRotating(
                request, on: endpoint, pool: keyPool, timeouts: timeouts, onEvent: onEvent)
        }
        return await attempt(request, on: endpoint, timeouts: timeouts, onEvent: onEvent)
    }

    /// Makes one attempt with the endpoint's key as it is.
    func attempt(
        _ request: ChatRequest, on endpoint: ProviderEndpoint, timeouts: TransportTimeouts,
        onEvent: (ChatEvent) -> Void
    ) async -> CallReport {
        var request = request
        request.model = endpoint.model
        let clock = ContinuousClock()
        let start = clock.now
        var report = CallReport(endpoint: endpoint, startedAt: Date())
        do {
            // Events are read on this task, a batch per network read: no extra task or stream hop
            // per event.
            for try await batch in try await client.open(request, to: endpoint, timeouts: timeouts) {
                for event in batch {
                    if report.timeToFirstToken == nil, event.isOutput {
                        report.timeToFirstToken = clock.now - start
                    }
                    report.result.apply(event)
                    onEvent(event)
                }
            }
            if Task.isCancelled {
                report.interrupted = true
            } else if !report.result.isComplete {
                report.error = .streamTruncated(message: "the response ended before the model finished")
            }
        } catch let error as ProviderError {
            if case .cancelled = error {
                report.interrupted = true
            } else if Task.isCancelled {
                report.interrupted = true
            } else {
                report.error = error
            }
        } catch is CancellationError {
            report.interrupted = true
        } catch {
            report.error = Task.isCancelled ? nil : .malformedResponse(message: String(describing: error))
            report.interrupted = Task.isCancelled
        }
        report.latency = clock.now - start
        let outcome = report.interrupted ? "interrupted" : (report.error?.errorClass ?? "ok")
        report.attempts = [AttemptReport(target: report.target, outcome: outcome, latency: report.latency)]
        return report
    }
}

extension ChatEvent {
    /// Whether this event is model output (text, reasoning or a tool call), which starts TTFT.
    public var isOutput: Bool {
        switch self {
        case .textDelta(let text), .reasoningDelta(let text): !text.isEmpty
        case .toolCallDelta: true
        case .started, .usage, .finish: false
        }
    }
}

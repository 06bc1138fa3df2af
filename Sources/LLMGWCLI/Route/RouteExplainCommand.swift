import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw route explain`: a dry run of the routing decision; calls no provider.
struct RouteExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a request would be routed, without calling any provider.",
        discussion: """
            Lists the candidates in the order they would be tried, each with why it is in \
            (target, rule, --fallback) or why it is filtered out (missing capability, context \
            window, --only/--ignore/--max-price, open circuit, rate limited), its estimated cost \
            for this prompt and its observed time to first token, then the pick. --json prints \
            schema llmgw.route-explain/1.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The prompt to route (its size and text drive the rules).", valueName: "prompt"))
    var prompt: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Route name or provider/model.", valueName: "model"))
    var model: String?

    @Option(name: .customLong("max-tokens"), help: ArgumentHelp("Maximum output tokens.", valueName: "n"))
    var maxTokens: Int?

    @Flag(name: .customLong("json-mode"), help: "The request asks for JSON output.")
    var jsonMode = false

    @Option(help: ArgumentHelp("The request needs tools or vision (repeatable).", valueName: "capability"))
    var needs: [String] = []

    @OptionGroup(title: "Routing overrides") var routing: RouteOverrideOptions

    @Flag(help: "Print JSON (schema llmgw.route-explain/1) instead of a table.")
    var json = false

    /// Times the decision instead of printing it (for `Benchmarks/routing.sh`).
    @Option(name: .customLong("bench-runs"), help: .hidden)
    var benchRuns: Int?

    func validate() throws {
        for capability in needs where !["tools", "vision"].contains(capability) {
            throw ValidationError("--needs takes tools or vision; got '\(capability)'")
        }
    }

    func run() async throws {
        let context = try CLIContext.load(global: global)
        defer { context.close() }
        var content: [ContentPart] = [.text(prompt.joined(separator: " "))]
        if needs.contains("vision") { content.append(.image(.url("https://example.invalid/image.png"))) }
        let request = ChatRequest(
            model: "", messages: [ChatMessage(role: .user, content: content)], maxTokens: maxTokens,
            tools: needs.contains("tools") ? [ToolDefinition(name: "probe")] : [],
            responseFormat: jsonMode ? .jsonObject : nil)
        let options = RouteCallOptions(overrides: routing.overrides, tags: routing.tag)
        if let benchRuns {
            try await Self.bench(
                context: context, request: request, reference: model, options: options, runs: benchRuns)
            return
        }
        // A dry run always shows the token count and the estimated costs, so it counts up front.
        let profile = RequestProfile(request: request, model: model ?? "", tags: routing.tag)
        _ = profile.inputTokens
        let plan = try await context.routeExecutor.plan(
            request, reference: model, options: options, withLatency: true, profile: profile)
        if json {
            Terminal.standardOutput.writeLine(Self.json(plan, profile: profile).serialized())
        } else {
            Terminal.standardOutput.write(Self.table(plan, profile: profile))
        }
        if plan.pick == nil { throw RoutingError.noEligibleTarget(route: plan.reference, skipped: plan.skipped) }
    }

    /// Makes the routing decision `runs` times (request measurement included) and prints the
    /// time per decision.
    static func bench(
        context: CLIContext, request: ChatRequest, reference: String?, options: RouteCallOptions, runs: Int
    ) async throws {
        let executor = context.routeExecutor
        let health = await executor.health(withLatency: false)
        let router = executor.router
        var candidates = 0
        let clock = ContinuousClock()
        let count = max(1, runs)
        // The request is measured once per request in real calls; time it apart from the decision.
        var profileStart = clock.now
        // The count is lazy; read it here so this figure includes it and the decisions reuse it.
        var profile = RequestProfile(request: request, model: reference ?? "", tags: options.tags)
        for _ in 0..<min(count, 10_000) {
            profile = RequestProfile(request: request, model: reference ?? "", tags: options.tags)
            _ = profile.inputTokens
        }
        let profileTime = (clock.now - profileStart) / min(count, 10_000)
        profileStart = clock.now
        for run in 0..<count {
            let plan = try router.plan(
                reference, profile: profile, overrides: options.overrides, health: health,
                roll: Double(run % 1000) / 1000)
            candidates = plan.candidates.count
        }
        let perRun = (clock.now - profileStart).milliseconds * 1000 / Double(count)
        Terminal.standardOutput.writeLine(
            String(
                format: "routing decision: %.2f µs per request (%d runs, %d candidates); measuring the request "
                    + "(exact token count): %.2f µs more",
                perRun, count, candidates, profileTime.milliseconds * 1000))
    }

    static func status(_ candidate: RouteCandidate, isPick: Bool) -> String {
        if isPick { return "pick" }
        guard let skip = candidate.skip else { return candidate.isEligible ? "fallback" : "unavailable" }
        switch skip {
        case .circuitOpen: return "open-circuit"
        case .rateLimited: return "rate-limited"
        case .ruleNotMatched: return "no match"
        default: return "filtered"
        }
    }

    static func table(_ plan: RoutePlan, profile: RequestProfile) -> String {
        var table = RouteTable(headers: ["#", "TARGET", "STATUS", "WHY", "EST. COST", "TTFT", "CIRCUIT"])
        let pick = plan.pick?.reference
        var position = 0
        for candidate in plan.candidates {
            let isPick = candidate.isEligible && candidate.reference == pick && position == 0
            if candidate.isEligible { position += 1 }
            let why = candidate.skip.map { $0.description } ?? candidate.origin
            let via = candidate.via.count > 1 ? " via \(candidate.via.joined(separator: " > "))" : ""
            table.rows.append([
                candidate.isEligible ? String(position) : "-", candidate.reference, status(candidate, isPick: isPick),
                why + via, candidate.estimatedCostMicros.map { CostFormat.dollars(micros: $0) } ?? "unknown",
                candidate.observed.map { String(format: "%.0f ms", $0.ttft.milliseconds) } ?? "-",
                candidate.circuit.name,
            ])
        }
        var text = "route \(plan.reference) (\(plan.strategy)); request ~\(profile.inputTokens) input tokens"
        var needs: [String] = []
        if profile.needsTools { needs.append("tools") }
        if profile.needsVision { needs.append("vision") }
        if profile.needsJSON { needs.append("JSON mode") }
        if !needs.isEmpty { text += ", needs \(needs.joined(separator: ", "))" }
        text += "\n\n" + table.rendered() + "\n"
        text += pick.map { "pick: \($0)\n" } ?? "pick: none (no candidate can take this request)\n"
        return text
    }

    static func json(_ plan: RoutePlan, profile: RequestProfile) -> JSONValue {
        let pick = plan.pick?.reference
        return .object([
            "schema": "llmgw.route-explain/1",
            "reference": .string(plan.reference),
            "route": plan.route.map(JSONValue.string) ?? .null,
            "strategy": .string(plan.strategy),
            "input_tokens": .number(Double(profile.inputTokens)),
            "pick": pick.map(JSONValue.string) ?? .null,
            "candidates": .array(
                plan.candidates.map { candidate in
                    .object([
                        "target": .string(candidate.reference),
                        "via": .array(candidate.via.map(JSONValue.string)),
                        "origin": .string(candidate.origin),
                        "eligible": .bool(candidate.isEligible),
                        "skip": candidate.skip.map { .string($0.code) } ?? .null,
                        "reason": .string(candidate.skip?.description ?? candidate.origin),
                        "estimated_cost_usd": candidate.estimatedCostMicros.map { .number(Double($0) / 1_000_000) }
                            ?? .null,
                        "observed_ttft_ms": candidate.observed.map { .number($0.ttft.milliseconds.rounded()) } ?? .null,
                        "circuit": .string(candidate.circuit.name),
                        "in_flight": .number(Double(candidate.inFlight)),
                    ])
                }),
        ])
    }
}

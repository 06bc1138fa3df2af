import ArgumentParser
import Foundation
import LLMGWCore
import LLMGWServer

/// `llmgw mock`: a fake OpenAI-, Anthropic- and Gemini-compatible upstream on a local port.
public struct MockCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "mock",
        abstract: "Run a fake LLM upstream (OpenAI, Anthropic, Gemini) for tests and load tests.",
        discussion: """
            Serves HTTP/1.1 on HOST:PORT until SIGINT or SIGTERM, then shuts down gracefully \
            (exit 0). Once listening it prints one line to stdout, \
            `llmgw mock listening on http://HOST:PORT`; --port 0 picks a free port.

            Endpoints: OpenAI POST /v1/chat/completions (streaming with \
            stream_options.include_usage), GET /v1/models, GET /v1/models/{id}; Anthropic \
            POST /v1/messages, POST /v1/messages/count_tokens (GET /v1/models with an \
            anthropic-version header); Gemini POST /v1beta/models/{model}:generateContent, \
            :streamGenerateContent (?alt=sse for SSE), :countTokens, GET /v1beta/models; \
            GET /health. Errors come in each provider's own error shape.

            Models: `echo` answers with the last user message; `lorem` (and any other name) \
            writes --output-tokens words of lorem ipsum, capped by the request's max tokens. \
            With tools declared, a prompt saying `call <tool>` gets a call of that tool. Usage \
            counts words and punctuation runs.

            Per-request override headers: x-mock-status: 503, \
            x-mock-fault: disconnect|truncate|stall|malformed|none, x-mock-fault-after: N \
            (token where the fault strikes), x-mock-output-tokens: N, x-mock-latency-ms: N, \
            x-mock-tokens-per-second: N (0 = as fast as possible).

            Faults: disconnect closes the connection mid-stream; truncate ends the body without \
            its terminal marker; stall stops sending and holds the connection (up to \
            --stall-limit); malformed sends a garbage data: line. A 429 carries Retry-After: 1.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free port.")
    var port = 8089

    @Option(help: ArgumentHelp("Wait before each response head, e.g. 200ms or 1.5s.", valueName: "duration"))
    var latency: String?

    @Option(help: "Streaming speed; without it tokens go out as fast as possible.")
    var tokensPerSecond: Double?

    @Option(help: "Tokens the lorem model writes (default \(MockBehavior.defaultOutputTokens)).")
    var outputTokens: Int?

    @Option(
        help: ArgumentHelp("Fail this share of requests with STATUS (repeatable), e.g. 429=0.1.", valueName: "status=p")
    )
    var errorRate: [String] = []

    @Option(
        help: ArgumentHelp(
            "Break this share of responses (repeatable): disconnect, truncate, stall or malformed, e.g. truncate=0.05.",
            valueName: "kind=p"))
    var fault: [String] = []

    @Option(help: "Seed for a reproducible stream of errors and faults.")
    var seed: UInt64?

    @Option(help: ArgumentHelp("The longest a stall fault holds a connection.", valueName: "duration"))
    var stallLimit = "60s"

    @Option(
        help: ArgumentHelp(
            "Accept only the key in this variable (repeatable); others get a 401 in the provider's error shape.",
            valueName: "name"))
    var acceptKeyEnv: [String] = []

    @Option(
        help: ArgumentHelp(
            "Answer 429 with Retry-After: 1 to the key in this variable (repeatable).", valueName: "name"))
    var rateLimitKeyEnv: [String] = []

    public init() {}

    public func validate() throws {
        _ = try behavior()
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535, got \(port)")
        }
    }

    public func run() async throws {
        let server = MockServer(behavior: try behavior(), host: host, port: port)
        let host = host
        try await server.runUntilShutdownSignal { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardOutput.write(Data("llmgw mock listening on http://\(shown):\(port)\n".utf8))
        }
    }

    /// The behaviour the flags describe.
    /// - Throws: `ValidationError` naming the flag whose value is wrong.
    func behavior() throws -> MockBehavior {
        let acceptedKeys = try Self.keys(from: acceptKeyEnv, flag: "--accept-key-env")
        let rateLimitedKeys = try Self.keys(from: rateLimitKeyEnv, flag: "--rate-limit-key-env") ?? []
        do {
            var behavior = MockBehavior(tokensPerSecond: tokensPerSecond, outputTokens: outputTokens, seed: seed)
            if let latency { behavior.latency = try MockBehavior.parseDuration(latency) }
            behavior.stallLimit = try MockBehavior.parseDuration(stallLimit)
            for text in errorRate {
                let rate = try MockBehavior.parseErrorRate(text)
                behavior.errorRates[rate.status] = rate.probability
            }
            for text in fault {
                let fault = try MockBehavior.parseFault(text)
                behavior.faults[fault.fault] = fault.probability
            }
            try behavior.validate()
            behavior.acceptedKeys = acceptedKeys
            behavior.rateLimitedKeys = rateLimitedKeys
            return behavior
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The keys held by the named variables (keys never go on the command line); `nil` for none named.
    /// - Throws: `ValidationError` naming an unset variable.
    static func keys(
        from variables: [String], flag: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Set<String>? {
        guard !variables.isEmpty else { return nil }
        var keys: Set<String> = []
        for variable in variables {
            guard let value = environment[variable], !value.isEmpty else {
                throw ValidationError("\(flag) \(variable): the variable is not set")
            }
            keys.insert(value)
        }
        return keys
    }
}

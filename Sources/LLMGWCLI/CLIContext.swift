import Foundation
import LLMGWCore
import LLMGWCurl

/// What a command needs from its surroundings: paths, configuration, the engine and the request log.
final class CLIContext: Sendable {
    let environment: [String: String]
    let paths: LLMGWPaths
    let config: LLMGWConfig
    let resolver: ModelResolver
    let executor: CallExecutor
    let verbose: Bool
    /// `nil` when the database could not be opened: calls still run, and a warning says why.
    let requestLog: RequestLog?
    let conversations: ConversationStore?

    private init(
        environment: [String: String], paths: LLMGWPaths, config: LLMGWConfig, resolver: ModelResolver,
        executor: CallExecutor, verbose: Bool, requestLog: RequestLog?, conversations: ConversationStore?
    ) {
        self.environment = environment
        self.paths = paths
        self.config = config
        self.resolver = resolver
        self.executor = executor
        self.verbose = verbose
        self.requestLog = requestLog
        self.conversations = conversations
    }

    /// Reads the configuration, opens the request log and builds the engine.
    /// - Throws: ``ConfigError`` for a bad config (exit 2).
    static func load(
        global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws -> CLIContext
    {
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let config = try ConfigLoader.loadIfPresent(paths: paths)
        let resolver = ModelResolver(config: config, environment: environment)
        let mock = MockTransport(behavior: resolver.mockBehavior)
        var transport: any HTTPTransport = SchemeDispatchTransport(
            byScheme: ["mock": mock], fallback: CurlTransport.shared)
        if global.verbose {
            transport = VerboseTransport(wrapping: transport) { line in
                Terminal.standardError.writeLine(Terminal.standardError.styled(line, .dim))
            }
        }
        let executor = CallExecutor(client: ProviderClient(transport: transport))
        var requestLog: RequestLog?
        var conversations: ConversationStore?
        do {
            let database = try LLMGWDatabase(path: paths.database)
            requestLog = RequestLog(database: database)
            conversations = ConversationStore(database: database)
        } catch {
            Terminal.standardError.writeLine(
                "llmgw: warning: the request log is off: \(LLMGW.describe(error))")
        }
        return CLIContext(
            environment: environment, paths: paths, config: config, resolver: resolver, executor: executor,
            verbose: global.verbose, requestLog: requestLog, conversations: conversations)
    }

    /// Waits until every request-log record handed in is on disk.
    func flush() async {
        await requestLog?.flush()
    }

    /// Releases resources (nothing to do yet; kept so commands can `defer` it).
    func close() {}

    /// Prints a diagnostic line to stderr.
    func note(_ text: String) {
        Terminal.standardError.writeLine(Terminal.standardError.styled("llmgw: \(text)", .dim))
    }
}

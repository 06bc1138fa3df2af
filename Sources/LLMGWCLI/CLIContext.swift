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
    /// How every command reaches providers: the built-in mock in process, libcurl otherwise.
    let transport: any HTTPTransport
    let verbose: Bool
    /// `nil` when the database could not be opened: calls still run, and a warning says why.
    let requestLog: RequestLog?
    let conversations: ConversationStore?
    /// The key store (`keys.json`).
    let keyStore: KeyStore
    /// The stored keys, shared by every call of the run (rotation, set-aside, rests).
    let keyPool: KeyPool
    /// The routing engine every model call goes through (router, retries, breakers, cache).
    let routeExecutor: RouteExecutor

    private init(
        environment: [String: String], paths: LLMGWPaths, config: LLMGWConfig, resolver: ModelResolver,
        executor: CallExecutor, transport: any HTTPTransport, verbose: Bool, requestLog: RequestLog?,
        conversations: ConversationStore?, keyStore: KeyStore, keyPool: KeyPool, routeExecutor: RouteExecutor
    ) {
        self.transport = transport
        self.routeExecutor = routeExecutor
        self.keyStore = keyStore
        self.keyPool = keyPool
        self.environment = environment
        self.paths = paths
        self.config = config
        self.resolver = resolver
        self.executor = executor
        self.verbose = verbose
        self.requestLog = requestLog
        self.conversations = conversations
    }

    /// The transport to providers: `mock://` answered in process, everything else by libcurl; with
    /// `verbose`, request and response heads (keys masked) go to stderr.
    static func makeTransport(mockBehavior: MockBehavior, verbose: Bool) -> any HTTPTransport {
        let transport = SchemeDispatchTransport(
            byScheme: ["mock": MockTransport(behavior: mockBehavior)], fallback: CurlTransport.shared)
        guard verbose else { return transport }
        return VerboseTransport(wrapping: transport) { line in
            Terminal.standardError.writeLine(Terminal.standardError.styled(line, .dim))
        }
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
        let keyStore = KeyStore(paths: paths)
        var storedKeys: [StoredKey] = []
        do {
            storedKeys = try keyStore.load()
        } catch {
            Terminal.standardError.writeLine("llmgw: warning: stored keys are ignored: \(LLMGW.describe(error))")
        }
        let firstStored = Dictionary(storedKeys.map { ($0.provider, $0.key) }, uniquingKeysWith: { first, _ in first })
        let keyPool = KeyPool(keys: storedKeys)
        let resolver = ModelResolver(config: config, environment: environment) { firstStored[$0] }
        let transport = makeTransport(mockBehavior: resolver.mockBehavior, verbose: global.verbose)
        let executor = CallExecutor(client: ProviderClient(transport: transport), keyPool: keyPool)
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
            transport: transport, verbose: global.verbose, requestLog: requestLog, conversations: conversations,
            keyStore: keyStore,
            keyPool: keyPool,
            routeExecutor: Self.routeExecutor(resolver: resolver, executor: executor, requestLog: requestLog))
    }

    /// Builds the routing engine on top of the call executor, with the cache and latency
    /// statistics when the database is open.
    private static func routeExecutor(
        resolver: ModelResolver, executor: CallExecutor, requestLog: RequestLog?
    ) -> RouteExecutor {
        let database = requestLog?.database
        var latency: (@Sendable () -> [String: LatencyStat])?
        if let database {
            let stats = LatencyStats(database: database)
            latency = { stats.snapshot() }
        }
        let limits = resolver.config.limits
        let caps = limits.compactMapValues(\.concurrency)
        return RouteExecutor(
            router: ModelRouter(resolver: resolver), executor: executor, concurrency: ConcurrencyLimiter(limits: caps),
            rateLimiter: limits.isEmpty ? nil : RateLimiter(limits: limits),
            cache: database.map { ResponseCache(database: $0) }, latency: latency)
    }

    /// Waits until every request-log record handed in is on disk.
    func flush() async {
        for setAside in await keyPool.setAsideKeys() {
            note(
                "stored key \(setAside.provider)/\(setAside.name) was set aside for the rest of this run "
                    + "(\(setAside.reason)); check it with `llmgw keys test \(setAside.provider)`")
        }
        let uses = await keyPool.uses()
        if !uses.isEmpty { try? keyStore.markUsed(uses) }
        await requestLog?.flush()
    }

    /// Releases resources (nothing to do yet; kept so commands can `defer` it).
    func close() {}

    /// Prints a diagnostic line to stderr.
    func note(_ text: String) {
        Terminal.standardError.writeLine(Terminal.standardError.styled("llmgw: \(text)", .dim))
    }
}

import Hummingbird
import LLMGWCore
import Logging
import ServiceLifecycle

/// The mock upstream over HTTP/1.1: serves ``MockUpstream`` with Hummingbird on a loopback port.
///
/// Stop it through a `ServiceGroup`'s graceful shutdown (``RunningMockServer/stop()`` does that):
/// it stops accepting, closes idle connections and cuts open streams within about 200 ms.
public struct MockServer: Sendable {
    /// How the served upstream behaves.
    public let behavior: MockBehavior
    /// The address to bind.
    public let host: String
    /// The port to bind; `0` picks a free one.
    public let port: Int
    /// The upstream every connection shares (one request counter, one seeded random stream).
    public let upstream: MockUpstream

    /// Creates a server; nothing is bound until ``run(onListening:)``.
    public init(behavior: MockBehavior, host: String = "127.0.0.1", port: Int = 0) {
        self.behavior = behavior
        self.host = host
        self.port = port
        upstream = MockUpstream(behavior: behavior)
    }

    /// Binds and serves until the enclosing `ServiceGroup` shuts down gracefully (or the task is
    /// cancelled).
    /// - Parameter onListening: called once with the bound port.
    /// - Throws: when the address cannot be bound.
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        let shutdown = MockShutdownFlag()
        let port = port
        let application = Application(
            responder: MockResponder(upstream: upstream, shutdown: shutdown),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: Self.logger
        )
        var configuration = ServiceGroupConfiguration(services: [application], logger: Self.logger)
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)
        try await withGracefulShutdownHandler {
            try await group.run()
        } onGracefulShutdown: {
            shutdown.set()
        }
    }

    /// Serves until the process gets SIGINT or SIGTERM, then shuts down gracefully and returns.
    /// - Parameter onListening: called once with the bound port.
    /// - Throws: when the address cannot be bound.
    public func runUntilShutdownSignal(onListening: @escaping @Sendable (Int) async -> Void) async throws {
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [MockServerService(server: self, onListening: onListening)],
                gracefulShutdownSignals: [.sigint, .sigterm], logger: Self.logger))
        try await group.run()
    }

    /// Starts a server on a free loopback port (or `host`/`port`) and returns once it listens.
    /// - Throws: when the address cannot be bound.
    public static func start(
        behavior: MockBehavior, host: String = "127.0.0.1", port: Int = 0
    ) async throws
        -> RunningMockServer
    {
        let server = MockServer(behavior: behavior, host: host, port: port)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    MockServerService(server: server) { port in
                        portContinuation.yield(port)
                        portContinuation.finish()
                    }
                ],
                logger: logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else {
            try await task.value
            throw MockServerError.stoppedBeforeListening(host: host, port: port)
        }
        return RunningMockServer(port: bound, host: host, group: group, task: task)
    }

    /// Only errors reach stderr; stdout stays free for the CLI's one line.
    static let logger: Logger = {
        var logger = Logger(label: "llmgw.mock") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = .critical
        return logger
    }()
}

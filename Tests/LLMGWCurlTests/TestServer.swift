import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// A request context that remembers the client's port, to see connection reuse from the server.
struct PeerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The remote (client) port of the connection the request came on.
    let peerPort: Int

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerPort = source.channel.remoteAddress?.port ?? -1
    }
}

/// Runs a Hummingbird server on 127.0.0.1, port 0, for the length of one test.
enum TestServer {
    /// Starts a server with the routes `configure` adds, runs `body` with its port, then stops the
    /// server through a graceful shutdown of its service group.
    static func run(
        _ configure: (Router<PeerContext>) -> Void, _ body: @Sendable (Int) async throws -> Void
    ) async throws {
        let router = Router(context: PeerContext.self)
        configure(router)
        var logger = Logger(label: "llmgw-curl-test-server")
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var port = 0
            for await value in ports { port = value }
            do {
                try await body(port)
            } catch {
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}

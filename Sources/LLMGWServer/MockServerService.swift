import ServiceLifecycle

/// A ``MockServer`` as a service of a `ServiceGroup`.
struct MockServerService: Service {
    let server: MockServer
    let onListening: @Sendable (Int) async -> Void

    func run() async throws {
        try await server.run(onListening: onListening)
    }
}

import ServiceLifecycle

/// A ``MockServer`` started by ``MockServer/start(behavior:host:port:)``, listening until ``stop()``.
public struct RunningMockServer: Sendable {
    /// The bound port.
    public let port: Int
    /// The bound address.
    public let host: String
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// `http://HOST:PORT`, without a trailing slash.
    public var baseURL: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    /// Shuts the server down gracefully (open streams are cut) and waits until it has stopped.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}

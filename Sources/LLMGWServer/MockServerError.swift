/// Why the mock server could not serve.
public enum MockServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server stopped before it listened (for example, it was shut down during start-up).
    case stoppedBeforeListening(host: String, port: Int)

    public var description: String {
        switch self {
        case .stoppedBeforeListening(let host, let port):
            "the mock server on \(host):\(port) stopped before it was listening; check that the address is free"
        }
    }
}

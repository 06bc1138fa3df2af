/// What the router knows about targets at one moment: circuits, load and observed speed.
///
/// A plain value taken before routing, so the decision itself is synchronous and fast.
public struct RouteHealth: Sendable {
    /// Circuit states by `provider/model`; absent means closed.
    public var circuits: [String: CircuitState]
    /// Calls in flight by `provider/model`.
    public var inFlight: [String: Int]
    /// Observed speed by `provider/model`.
    public var latency: [String: LatencyStat]

    /// Creates a snapshot.
    public init(
        circuits: [String: CircuitState] = [:], inFlight: [String: Int] = [:], latency: [String: LatencyStat] = [:]
    ) {
        self.circuits = circuits
        self.inFlight = inFlight
        self.latency = latency
    }
}

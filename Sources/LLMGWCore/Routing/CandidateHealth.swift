/// A candidate's health at decision time: observed speed, calls in flight and circuit state.
///
/// Kept out of line in ``RouteCandidate`` (most candidates have none of it), so a candidate
/// stays small and cheap to copy.
final class CandidateHealth: Sendable {
    /// Observed speed, when the request log has some.
    let observed: LatencyStat?
    /// Calls in flight now.
    let inFlight: Int
    /// The circuit's state now.
    let circuit: CircuitState

    init(observed: LatencyStat?, inFlight: Int, circuit: CircuitState) {
        self.observed = observed
        self.inFlight = inFlight
        self.circuit = circuit
    }

    /// Nothing observed, nothing in flight, circuit closed.
    static let normal = CandidateHealth(observed: nil, inFlight: 0, circuit: .closed(admitShare: 1))
}

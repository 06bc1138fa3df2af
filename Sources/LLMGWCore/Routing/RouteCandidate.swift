/// One target the router considered for a call, with everything that decided its place.
public struct RouteCandidate: Sendable {
    /// What does not change between decisions, shared with the router's compiled route.
    private(set) var slot: CandidateSlot
    /// The estimated cost of this request in micro-dollars, when the price is known.
    public var estimatedCostMicros: Int64?
    /// Health at decision time, out of line; `nil` for the usual nothing-known, closed circuit.
    var health: CandidateHealth?
    /// Why it was filtered out, boxed (see ``SkipBox``); `nil` when eligible.
    var skipBox: SkipBox?

    /// Creates a candidate.
    public init(
        reference: String, via: [String] = [], source: CandidateOrigin = .requested, weight: Double? = nil,
        endpoint: ResolvedEndpoint? = nil, capabilities: ModelCapabilities = ModelCapabilities(),
        price: ModelPrice? = nil, estimatedCostMicros: Int64? = nil, observed: LatencyStat? = nil, inFlight: Int = 0,
        circuit: CircuitState = .closed(admitShare: 1), skip: SkipReason? = nil
    ) {
        self.init(
            reference: reference, via: via, source: source, weight: weight,
            info: TargetInfo(endpoint: endpoint, capabilities: capabilities, price: price),
            estimatedCostMicros: estimatedCostMicros, observed: observed, inFlight: inFlight, circuit: circuit,
            skip: skip)
    }

    init(
        reference: String, via: [String], source: CandidateOrigin, weight: Double?, info: TargetInfo,
        estimatedCostMicros: Int64? = nil, observed: LatencyStat? = nil, inFlight: Int = 0,
        circuit: CircuitState = .closed(admitShare: 1), skip: SkipReason? = nil
    ) {
        self.init(
            slot: CandidateSlot(reference: reference, via: via, source: source, weight: weight, info: info),
            estimatedCostMicros: estimatedCostMicros, observed: observed, inFlight: inFlight, circuit: circuit,
            skip: skip)
    }

    init(
        slot: CandidateSlot, estimatedCostMicros: Int64? = nil, observed: LatencyStat? = nil, inFlight: Int = 0,
        circuit: CircuitState = .closed(admitShare: 1), skip: SkipReason? = nil
    ) {
        self.slot = slot
        self.estimatedCostMicros = estimatedCostMicros
        if observed != nil || inFlight != 0 || circuit != .closed(admitShare: 1) {
            health = CandidateHealth(observed: observed, inFlight: inFlight, circuit: circuit)
        }
        self.skipBox = skip.map(SkipBox.init)
    }

    /// Observed speed, when the request log has some.
    public var observed: LatencyStat? {
        get { health?.observed }
        set { health = CandidateHealth(observed: newValue, inFlight: inFlight, circuit: circuit) }
    }

    /// Calls in flight now.
    public var inFlight: Int {
        get { health?.inFlight ?? 0 }
        set { health = CandidateHealth(observed: observed, inFlight: newValue, circuit: circuit) }
    }

    /// The circuit's state now.
    public var circuit: CircuitState {
        get { health?.circuit ?? .closed(admitShare: 1) }
        set { health = CandidateHealth(observed: observed, inFlight: inFlight, circuit: newValue) }
    }

    /// Why it was filtered out; `nil` when eligible.
    public var skip: SkipReason? {
        get { skipBox?.reason }
        set { skipBox = newValue.map(SkipBox.init) }
    }

    /// `provider/model`.
    public var reference: String {
        get { slot.reference }
        set { slot = CandidateSlot(reference: newValue, via: via, source: source, weight: weight, info: info) }
    }

    /// The routes passed through to reach it, outermost first.
    public var via: [String] {
        get { slot.via }
        set { slot = CandidateSlot(reference: reference, via: newValue, source: source, weight: weight, info: info) }
    }

    /// Why it is a candidate.
    public var source: CandidateOrigin {
        get { slot.source }
        set { slot = slot.with(source: newValue) }
    }

    /// The configured weight, for `weighted` routes.
    public var weight: Double? {
        get { slot.weight }
        set { slot = CandidateSlot(reference: reference, via: via, source: source, weight: newValue, info: info) }
    }

    /// Shared facts: endpoint, capabilities, price.
    var info: TargetInfo { slot.info }

    /// Why it is a candidate, in words (`target 2`, `rule 1: input_tokens > 8000`, `--fallback`).
    public var origin: String { source.description }
    /// The endpoint, when it resolved.
    public var endpoint: ResolvedEndpoint? { info.endpoint }
    /// What the model can do.
    public var capabilities: ModelCapabilities { info.capabilities }
    /// The price per 1M tokens, when known.
    public var price: ModelPrice? { info.price }

    /// The provider part of the reference.
    public var provider: String { slot.provider }

    /// Whether the router may send to it.
    public var isEligible: Bool { skipBox == nil && info.callable }
}

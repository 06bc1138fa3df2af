/// One target the router considered for a call, with everything that decided its place.
public struct RouteCandidate: Sendable {
    /// `provider/model`.
    public var reference: String
    /// The routes passed through to reach it, outermost first.
    public var via: [String]
    /// Why it is a candidate.
    public var source: CandidateOrigin
    /// The configured weight, for `weighted` routes.
    public var weight: Double?
    /// Shared facts: endpoint, capabilities, price.
    let info: TargetInfo
    /// The estimated cost of this request in micro-dollars, when the price is known.
    public var estimatedCostMicros: Int64?
    /// Observed speed, when the request log has some.
    public var observed: LatencyStat?
    /// Calls in flight now.
    public var inFlight: Int
    /// The circuit's state now.
    public var circuit: CircuitState
    /// Why it was filtered out; `nil` when eligible.
    public var skip: SkipReason?

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
        self.reference = reference
        self.via = via
        self.source = source
        self.weight = weight
        self.info = info
        self.estimatedCostMicros = estimatedCostMicros
        self.observed = observed
        self.inFlight = inFlight
        self.circuit = circuit
        self.skip = skip
    }

    /// Why it is a candidate, in words (`target 2`, `rule 1: input_tokens > 8000`, `--fallback`).
    public var origin: String { source.description }
    /// The endpoint, when it resolved.
    public var endpoint: ResolvedEndpoint? { info.endpoint }
    /// What the model can do.
    public var capabilities: ModelCapabilities { info.capabilities }
    /// The price per 1M tokens, when known.
    public var price: ModelPrice? { info.price }

    /// The provider part of the reference.
    public var provider: String {
        reference.firstIndex(of: "/").map { String(reference[..<$0]) } ?? reference
    }

    /// Whether the router may send to it.
    public var isEligible: Bool { skip == nil && info.callable }
}

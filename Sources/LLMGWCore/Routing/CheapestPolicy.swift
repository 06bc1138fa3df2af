/// Orders candidates by the estimated cost of this request; unknown prices go last.
enum CheapestPolicy {
    static func order(_ candidates: [RouteCandidate]) -> [RouteCandidate] {
        StableOrder.sorted(candidates) { candidate in
            candidate.estimatedCostMicros.map(Double.init) ?? .infinity
        }
    }
}

/// Orders candidates by observed time to first token; targets with no observations go first,
/// so they get measured (exploration), then the fastest.
enum FastestPolicy {
    static func order(_ candidates: [RouteCandidate]) -> [RouteCandidate] {
        StableOrder.sorted(candidates) { candidate in
            candidate.observed.map { $0.ttft.milliseconds } ?? -1
        }
    }
}

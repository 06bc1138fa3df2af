/// Orders candidates by calls in flight, fewest first; ties keep the written order.
enum LeastBusyPolicy {
    static func order(_ candidates: [RouteCandidate]) -> [RouteCandidate] {
        StableOrder.sorted(candidates) { Double($0.inFlight) }
    }
}

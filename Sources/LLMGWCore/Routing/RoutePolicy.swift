/// A route's policy (`strategy:`): how it orders its targets for one call.
public enum RoutePolicy: String, Sendable, Hashable, CaseIterable {
    /// In the order written.
    case fallback
    /// One target drawn by weight (stable per `--sticky` key), then the rest by weight.
    case weighted
    /// Lowest estimated cost for this request first.
    case cheapest
    /// Lowest observed time to first token first; targets never measured go first, to be explored.
    case fastest
    /// Fewest calls in flight first.
    case leastBusy = "least-busy"
    /// The targets of the rules that match the request, in rule order, then `targets:`.
    case conditional
}

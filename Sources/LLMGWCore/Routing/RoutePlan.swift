/// The router's decision for one call: the candidates in the order to try, and those left out.
public struct RoutePlan: Sendable {
    /// The route name, or `nil` when a plain model was named.
    public var route: String?
    /// The reference as given (route name or `provider/model`).
    public var reference: String
    /// The top route's policy (`fallback`, `weighted`, …; `direct` for a plain model).
    public var strategy: String
    /// Every candidate: the eligible ones first in the order to try, then the filtered ones.
    public var candidates: [RouteCandidate]
    /// The request as the router saw it (its token count made at most once), when known.
    public var profile: RequestProfile?

    /// Creates a plan.
    public init(
        route: String?, reference: String, strategy: String, candidates: [RouteCandidate],
        profile: RequestProfile? = nil
    ) {
        self.route = route
        self.reference = reference
        self.strategy = strategy
        self.candidates = candidates
        self.profile = profile
    }

    /// The candidates to try, in order.
    public var eligible: [RouteCandidate] { candidates.filter(\.isEligible) }

    /// The candidates filtered out, with their reasons.
    public var skipped: [SkippedTarget] {
        candidates.compactMap { candidate in
            candidate.skip.map { SkippedTarget(target: candidate.reference, reason: $0) }
        }
    }

    /// The first target to try.
    public var pick: RouteCandidate? { candidates.first(where: \.isEligible) }
}

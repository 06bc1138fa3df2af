import Foundation

extension ModelRouter {
    /// Mutable state of one decision, with what the overrides need worked out once per decision.
    struct PlanContext {
        var profile: RequestProfile
        var overrides: RouteOverrides
        var health: RouteHealth
        var roll: Double
        /// `--max-price` as a `Double`, for comparing with precomputed prices.
        var maxPrice: Double?
        /// Whether `--only` or `--ignore` is given.
        var filtersProviders: Bool
        /// The `--only` skip detail, written once per decision.
        var onlyDetail: String
        /// Candidates of rules that did not match, appended after the others.
        var unmatched: [RouteCandidate] = []
        /// What the request needs, copied out of the profile once.
        let needsTools: Bool
        let needsVision: Bool
        let needsJSON: Bool
        /// Whether there are health figures to look up at all.
        let hasLatency: Bool
        let hasInFlight: Bool
        let hasCircuits: Bool
        /// The tokens that must fit a context window, read (and counted) at the first known window.
        private var contextNeededCache: Int?

        /// ``RequestProfile/contextNeeded``, counted once per decision and only when asked.
        mutating func contextNeeded() -> Int {
            if let contextNeededCache { return contextNeededCache }
            let needed = profile.contextNeeded
            contextNeededCache = needed
            return needed
        }

        init(profile: RequestProfile, overrides: RouteOverrides, health: RouteHealth, roll: Double) {
            self.profile = profile
            self.overrides = overrides
            self.health = health
            self.roll = roll
            maxPrice = overrides.maxPrice.map { Double(truncating: $0 as NSDecimalNumber) }
            filtersProviders = !overrides.onlyProviders.isEmpty || !overrides.ignoredProviders.isEmpty
            needsTools = profile.needsTools
            needsVision = profile.needsVision
            needsJSON = profile.needsJSON
            hasLatency = !health.latency.isEmpty
            hasInFlight = !health.inFlight.isEmpty
            hasCircuits = !health.circuits.isEmpty
            onlyDetail =
                overrides.onlyProviders.isEmpty
                ? "" : "provider not in --only \(overrides.onlyProviders.sorted().joined(separator: ","))"
        }
    }
}

/// One entry a policy orders: a model or a route name, with where it came from.
struct RouteUnit: Sendable {
    /// `provider/model` or a route name.
    var reference: String
    /// Why it is listed.
    var origin: CandidateOrigin
    /// The weight, for `weighted`.
    var weight: Double? = nil
    /// The target's facts, when known in advance (a model named in the config).
    var info: TargetInfo? = nil
}

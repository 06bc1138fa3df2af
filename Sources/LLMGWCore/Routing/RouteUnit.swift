/// One entry a policy orders: a model or a route name, with where it came from.
struct RouteUnit: Sendable {
    /// `provider/model` or a route name.
    var reference: String
    /// Why it is listed.
    var origin: CandidateOrigin
    /// The weight, for `weighted`.
    var weight: Double? = nil
    /// The candidate, built in advance for a model named in the config (`nil` for a route name).
    var slot: CandidateSlot? = nil
}

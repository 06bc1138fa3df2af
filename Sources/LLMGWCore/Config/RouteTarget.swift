/// One candidate of a route: a `provider/model` reference or another route's name, with a weight.
public struct RouteTarget: Sendable, Hashable {
    /// `provider/model` or a route name.
    public var model: String
    /// The share for `weighted` routes (`weight`), zero or more; `nil` when not given.
    public var weight: Double?

    /// Creates a target.
    public init(model: String, weight: Double? = nil) {
        self.model = model
        self.weight = weight
    }
}

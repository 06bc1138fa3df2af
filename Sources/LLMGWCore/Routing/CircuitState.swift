/// A target's circuit as the router sees it at one moment.
public enum CircuitState: Sendable, Hashable {
    /// Calls flow; `admitShare` below 1 while traffic ramps back after a recovery.
    case closed(admitShare: Double)
    /// Calls are refused until `retryIn` has passed.
    case open(retryIn: Duration)
    /// One probe call at a time is let through to test recovery.
    case halfOpen
    /// The target answered 429; it is free again after `retryIn` (not broken, only busy).
    case rateLimited(retryIn: Duration)

    /// The name shown by `route explain` (`closed`, `open`, `half-open`, `rate-limited`).
    public var name: String {
        switch self {
        case .closed(let share): share < 1 ? "closed (ramping \(Int((share * 100).rounded()))%)" : "closed"
        case .open: "open"
        case .halfOpen: "half-open"
        case .rateLimited: "rate-limited"
        }
    }
}

/// When a target's circuit opens and how it recovers (`breaker:`).
public struct BreakerSettings: Sendable, Hashable {
    /// Consecutive failures that open the circuit (`failures`, default 5).
    public var failureThreshold: Int
    /// How long an open circuit refuses calls before a probe (`cooldown`, default 30s).
    public var cooldown: Duration
    /// Successful probes in half-open that close the circuit (`probes`, default 1).
    public var halfOpenSuccesses: Int
    /// After closing, traffic ramps from 10% to 100% over this time (`ramp`, default 60s).
    public var ramp: Duration

    /// Creates settings.
    public init(
        failureThreshold: Int = 5, cooldown: Duration = .seconds(30), halfOpenSuccesses: Int = 1,
        ramp: Duration = .seconds(60)
    ) {
        self.failureThreshold = failureThreshold
        self.cooldown = cooldown
        self.halfOpenSuccesses = halfOpenSuccesses
        self.ramp = ramp
    }

    /// The keys accepted under `breaker:`.
    public static let keys = ["failures", "cooldown", "probes", "ramp"]
}

/// Uniform random numbers for jitter and weighted picks, injected so tests are deterministic.
public protocol RandomSource: Sendable {
    /// A uniform number in `0..<1`.
    func unit() -> Double
}

/// The system's random generator.
public struct SystemRandomSource: RandomSource {
    /// Creates the source.
    public init() {}

    /// A uniform number in `0..<1`.
    public func unit() -> Double { Double.random(in: 0..<1) }
}

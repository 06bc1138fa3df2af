/// Whether a call may be answered from, and stored in, the response cache.
public enum CacheMode: Sendable, Hashable {
    /// Cache deterministic requests only (temperature 0).
    case automatic
    /// Cache this request whatever its temperature (`--cache`).
    case enabled
    /// Neither read nor write the cache (`--no-cache`).
    case disabled
}

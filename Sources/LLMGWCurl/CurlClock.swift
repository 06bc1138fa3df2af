#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic time in nanoseconds, cheap enough to read in every libcurl callback.
enum CurlClock {
    /// Nanoseconds since an arbitrary fixed point; never goes backwards.
    @inline(__always)
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    /// A duration in nanoseconds, at least 1 so that a tiny limit still counts as a limit.
    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        if seconds < 0 { return 1 }
        let total = UInt64(seconds) &* 1_000_000_000 &+ UInt64(attoseconds / 1_000_000_000)
        return max(total, 1)
    }

    /// A duration in whole milliseconds, rounded up and at least 1, as libcurl's `_MS` options take.
    static func milliseconds(_ duration: Duration) -> Int {
        Int((nanoseconds(duration) + 999_999) / 1_000_000)
    }
}

/// Counts calls in flight per target (for `least-busy`) and caps them per provider and per model.
///
/// A call over a cap waits, first come first served, until a slot frees.
public actor ConcurrencyLimiter {
    private var inFlight: [String: Int] = [:]
    private var limits: [String: Int]
    private var waiters: [(keys: [String], continuation: CheckedContinuation<Void, Never>)] = []

    /// Creates a limiter.
    /// - Parameter limits: the most calls in flight by key: a provider name or `provider/model`.
    public init(limits: [String: Int] = [:]) {
        self.limits = limits
    }

    /// The calls in flight by `provider/model`.
    public func snapshot() -> [String: Int] {
        inFlight.filter { $0.key.contains("/") && $0.value > 0 }
    }

    /// Takes a slot for a call to `target` (`provider/model`), waiting while a cap is reached.
    public func acquire(_ target: String) async {
        let keys = Self.keys(target)
        if fits(keys) {
            for key in keys { inFlight[key, default: 0] += 1 }
            return
        }
        // `release` takes the slot for this waiter before resuming it.
        await withCheckedContinuation { continuation in waiters.append((keys, continuation)) }
    }

    /// Whether a call is waiting for a slot.
    public var hasWaiters: Bool { !waiters.isEmpty }

    /// Takes a slot only if one is free now.
    /// - Returns: whether the slot was taken.
    public func tryAcquire(_ target: String) -> Bool {
        let keys = Self.keys(target)
        guard fits(keys) else { return false }
        for key in keys { inFlight[key, default: 0] += 1 }
        return true
    }

    /// Frees the slot of a finished call to `target`.
    public func release(_ target: String) {
        for key in Self.keys(target) { inFlight[key] = max(0, (inFlight[key] ?? 0) - 1) }
        var index = 0
        while index < waiters.count {
            if fits(waiters[index].keys) {
                let waiter = waiters.remove(at: index)
                // Take the slot before resuming, so no other caller can take it in between.
                for key in waiter.keys { inFlight[key, default: 0] += 1 }
                waiter.continuation.resume()
                return
            } else {
                index += 1
            }
        }
    }

    private func fits(_ keys: [String]) -> Bool {
        keys.allSatisfy { key in limits[key].map { (inFlight[key] ?? 0) < $0 } ?? true }
    }

    static func keys(_ target: String) -> [String] {
        guard let slash = target.firstIndex(of: "/") else { return [target] }
        return [String(target[..<slash]), target]
    }
}

import struct Foundation.Date

/// The stored keys of a run, shared by every call: picks the next key of a provider by smooth
/// weighted round robin, sets aside keys the provider refused (401/403) for the rest of the run,
/// and rests a rate-limited key (429) until its Retry-After has passed while the others carry on.
public actor KeyPool {
    private struct Entry {
        var key: PooledKey
        var weight: Int
        var current = 0
        var setAsideReason: String?
        var restingUntil: ContinuousClock.Instant?
        var lastUsed: Date?
    }

    private var entries: [String: [Entry]] = [:]
    private var setAsideOrder: [KeySetAside] = []

    /// A pool of `keys`, grouped by provider in the store's order.
    /// - Parameter keys: the stored keys.
    public init(keys: [StoredKey]) {
        for stored in keys {
            entries[stored.provider, default: []].append(
                Entry(
                    key: PooledKey(provider: stored.provider, name: stored.name, key: stored.key),
                    weight: max(1, stored.weight)))
        }
    }

    /// Whether `key` is one of `provider`'s pooled keys.
    public func contains(provider: String, key: APIKey) -> Bool {
        entries[provider]?.contains { $0.key.key == key } ?? false
    }

    /// How many keys `provider` has in the pool.
    public func count(for provider: String) -> Int {
        entries[provider]?.count ?? 0
    }

    /// The next usable key of `provider` (not set aside, not resting), by smooth weighted round robin.
    /// - Parameters:
    ///   - provider: the provider name.
    ///   - now: the current time, to end rests.
    /// - Returns: the key, or `nil` when none is usable now.
    public func next(for provider: String, now: ContinuousClock.Instant = .now) -> PooledKey? {
        guard var list = entries[provider] else { return nil }
        let usable = list.indices.filter { index in
            list[index].setAsideReason == nil && (list[index].restingUntil.map { $0 <= now } ?? true)
        }
        guard !usable.isEmpty else { return nil }
        var total = 0
        var best = usable[0]
        for index in usable {
            list[index].current += list[index].weight
            total += list[index].weight
            if list[index].current > list[best].current { best = index }
        }
        list[best].current -= total
        list[best].restingUntil = nil
        list[best].lastUsed = Date()
        entries[provider] = list
        return list[best].key
    }

    /// Stops using a key for the rest of the run.
    /// - Parameters:
    ///   - key: the key.
    ///   - reason: the error class that caused it.
    public func setAside(_ key: PooledKey, reason: String) {
        guard let index = entries[key.provider]?.firstIndex(where: { $0.key.name == key.name }),
            entries[key.provider]?[index].setAsideReason == nil
        else { return }
        entries[key.provider]?[index].setAsideReason = reason
        setAsideOrder.append(KeySetAside(provider: key.provider, name: key.name, reason: reason))
    }

    /// Rests a rate-limited key until `duration` has passed.
    /// - Parameters:
    ///   - key: the key.
    ///   - duration: the provider's Retry-After.
    ///   - now: the current time.
    public func rest(_ key: PooledKey, for duration: Duration, now: ContinuousClock.Instant = .now) {
        guard let index = entries[key.provider]?.firstIndex(where: { $0.key.name == key.name }) else { return }
        entries[key.provider]?[index].restingUntil = now + duration
    }

    /// How long until the first resting key of `provider` may be used again; `nil` when none rests.
    public func shortestRest(for provider: String, now: ContinuousClock.Instant = .now) -> Duration? {
        entries[provider]?.compactMap { entry in
            entry.setAsideReason == nil ? entry.restingUntil.map { max(.zero, $0 - now) } : nil
        }.min()
    }

    /// The keys set aside so far, in the order it happened.
    public func setAsideKeys() -> [KeySetAside] {
        setAsideOrder
    }

    /// When each key used in this run was last handed out.
    public func uses() -> [KeyUse] {
        entries.values.flatMap { list in
            list.compactMap { entry in
                entry.lastUsed.map { KeyUse(provider: entry.key.provider, name: entry.key.name, at: $0) }
            }
        }
    }
}

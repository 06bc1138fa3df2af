import Foundation
import GRDB

/// Observed speed per target from the request log, decayed so recent calls count most.
///
/// Read-only: it queries successful calls of the last day and weights each by
/// `0.5^(age / halfLife)`.
public struct LatencyStats: Sendable {
    /// The database holding the request log.
    public let database: LLMGWDatabase
    /// How fast old observations fade.
    public let halfLife: Duration

    /// Creates a reader.
    public init(database: LLMGWDatabase, halfLife: Duration = .seconds(3600)) {
        self.database = database
        self.halfLife = halfLife
    }

    /// The decayed means by `provider/model`; empty when the log cannot be read.
    /// - Parameter now: the current time.
    public func snapshot(now: Date = Date()) -> [String: LatencyStat] {
        let since = now.addingTimeInterval(-86_400)
        let rows: [Row]
        do {
            rows = try database.pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT provider, model, started_at, ttft_ms, latency_ms, output_tokens FROM request
                        WHERE status = 'ok' AND started_at >= ? ORDER BY started_at DESC LIMIT 5000
                        """, arguments: [since])
            }
        } catch {
            return [:]
        }
        struct Sums {
            var weight = 0.0
            var ttft = 0.0
            var latency = 0.0
            var rateWeight = 0.0
            var rate = 0.0
            var samples = 0
        }
        var sums: [String: Sums] = [:]
        let halfLifeSeconds = max(1, halfLife.milliseconds / 1000)
        for row in rows {
            let provider: String = row["provider"]
            let model: String = row["model"]
            let startedAt: Date = row["started_at"]
            let latency: Int = row["latency_ms"]
            let ttft: Int? = row["ttft_ms"]
            let output: Int? = row["output_tokens"]
            let weight = pow(0.5, max(0, now.timeIntervalSince(startedAt)) / halfLifeSeconds)
            var entry = sums["\(provider)/\(model)"] ?? Sums()
            entry.weight += weight
            entry.ttft += weight * Double(ttft ?? latency)
            entry.latency += weight * Double(latency)
            if let output, output > 0, latency > (ttft ?? 0) {
                entry.rate += weight * Double(output) / (Double(latency - (ttft ?? 0)) / 1000)
                entry.rateWeight += weight
            }
            entry.samples += 1
            sums["\(provider)/\(model)"] = entry
        }
        return sums.compactMapValues { sums in
            guard sums.weight > 0 else { return nil }
            return LatencyStat(
                ttft: .milliseconds(Int64((sums.ttft / sums.weight).rounded())),
                latency: .milliseconds(Int64((sums.latency / sums.weight).rounded())),
                tokensPerSecond: sums.rateWeight > 0 ? sums.rate / sums.rateWeight : nil, samples: sums.samples)
        }
    }
}

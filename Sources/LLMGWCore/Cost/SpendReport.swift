import Foundation
import GRDB

/// Spend from the request log over a time window, grouped one way, with totals and the unpriced share.
public struct SpendReport: Sendable, Hashable {
    /// How the rows are grouped.
    public var grouping: SpendGrouping
    /// The window's start (inclusive), `nil` for the beginning of the log.
    public var since: Date?
    /// The window's end (exclusive), `nil` for now.
    public var until: Date?
    /// One row per group, most expensive first.
    public var rows: [SpendRow]
    /// All groups added up.
    public var total: SpendRow

    /// Creates a report from rows; the total is their sum.
    public init(grouping: SpendGrouping, since: Date?, until: Date?, rows: [SpendRow]) {
        self.grouping = grouping
        self.since = since
        self.until = until
        self.rows = rows
        var total = SpendRow(group: "total")
        for row in rows { total.add(row) }
        self.total = total
    }

    /// Reads the report from the request log (read-only).
    /// - Parameters:
    ///   - database: the llmgw database.
    ///   - grouping: how to group calls.
    ///   - since: the window's start, inclusive.
    ///   - until: the window's end, exclusive.
    /// - Returns: the report; empty when no call falls in the window.
    /// - Throws: ``StorageError/readFailed(path:reason:)``.
    public static func query(
        database: LLMGWDatabase, grouping: SpendGrouping, since: Date? = nil, until: Date? = nil
    ) throws(StorageError) -> SpendReport {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since {
            conditions.append("started_at >= ?")
            arguments += [since]
        }
        if let until {
            conditions.append("started_at < ?")
            arguments += [until]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(grouping.expression) AS grp, COUNT(*) AS requests,
                SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END) AS errors,
                COALESCE(SUM(input_tokens), 0) AS input, COALESCE(SUM(output_tokens), 0) AS output,
                COALESCE(SUM(cached_input_tokens), 0) AS cached, COALESCE(SUM(reasoning_tokens), 0) AS reasoning,
                COALESCE(SUM(cost_micros), 0) AS cost,
                SUM(CASE WHEN cost_micros IS NULL AND (input_tokens IS NOT NULL OR output_tokens IS NOT NULL)
                    THEN 1 ELSE 0 END) AS unpriced,
                SUM(CASE WHEN cost_micros IS NULL THEN COALESCE(input_tokens, 0) + COALESCE(output_tokens, 0)
                    ELSE 0 END) AS unpriced_tokens,
                SUM(CASE WHEN usage_source = 'estimated' THEN 1 ELSE 0 END) AS estimated
            FROM request \(filter)
            GROUP BY grp ORDER BY cost DESC, requests DESC, grp
            """
        do {
            let rows = try database.pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SpendRow(
                        group: row["grp"] ?? "", requests: row["requests"], errors: row["errors"],
                        inputTokens: row["input"], outputTokens: row["output"], cachedInputTokens: row["cached"],
                        reasoningTokens: row["reasoning"], costMicros: row["cost"], unpricedRequests: row["unpriced"],
                        unpricedTokens: row["unpriced_tokens"], estimatedRequests: row["estimated"])
                }
            }
            return SpendReport(grouping: grouping, since: since, until: until, rows: rows)
        } catch {
            throw .readFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
    }
}

import Foundation
import LLMGWCore

/// `cost report` as a table with a total row, or as `llmgw.cost.report/1` JSON.
enum CostReportTable {
    static func render(_ report: SpendReport, format: OutputFormat) -> String {
        let plain = format == .csv
        let columns: [DataTable.Column] = [
            .init(header: report.grouping.rawValue), .init(header: "requests", numeric: true),
            .init(header: "errors", numeric: true), .init(header: "input", numeric: true),
            .init(header: "output", numeric: true), .init(header: "spend", numeric: true),
            .init(header: "unpriced", numeric: true), .init(header: "unpriced tokens", numeric: true),
        ]
        func cells(_ row: SpendRow, label: String) -> [String] {
            func count(_ value: Int) -> String { plain ? String(value) : CostCells.tokens(value) }
            let spend = CostFormat.dollars(micros: row.costMicros)
            let share = String(format: plain ? "%.4f" : "%.1f%%", row.unpricedTokenShare * (plain ? 1 : 100))
            return [
                label, count(row.requests), count(row.errors), count(row.inputTokens), count(row.outputTokens),
                plain ? String(spend.dropFirst()) : spend, count(row.unpricedRequests), share,
            ]
        }
        var rows = report.rows.map { cells($0, label: $0.group.isEmpty ? "(none)" : $0.group) }
        if format != .jsonl && format != .json { rows.append(cells(report.total, label: "total")) }
        let table = DataTable(columns: columns, rows: rows, objects: report.rows.map { object($0) })
        return table.render(format) { rows in
            .object([
                "schema": "llmgw.cost.report/1", "by": .string(report.grouping.rawValue),
                "since": report.since.map { .string(iso($0)) } ?? .null,
                "until": report.until.map { .string(iso($0)) } ?? .null, "rows": rows,
                "total": object(report.total, group: false),
            ])
        }
    }

    static func object(_ row: SpendRow, group: Bool = true) -> JSONValue {
        var object: [String: JSONValue] = [
            "requests": .number(Double(row.requests)), "errors": .number(Double(row.errors)),
            "input_tokens": .number(Double(row.inputTokens)), "output_tokens": .number(Double(row.outputTokens)),
            "cached_input_tokens": .number(Double(row.cachedInputTokens)),
            "reasoning_tokens": .number(Double(row.reasoningTokens)),
            "spend_usd": .number(Double(row.costMicros) / 1_000_000), "spend_micros": .number(Double(row.costMicros)),
            "unpriced_requests": .number(Double(row.unpricedRequests)),
            "unpriced_tokens": .number(Double(row.unpricedTokens)),
            "unpriced_token_share": .number((row.unpricedTokenShare * 10_000).rounded() / 10_000),
            "estimated_usage_requests": .number(Double(row.estimatedRequests)),
        ]
        if group { object["group"] = row.group.isEmpty ? .null : .string(row.group) }
        return .object(object)
    }

    private static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

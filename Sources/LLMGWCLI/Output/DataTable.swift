import LLMGWCore

/// Rows of cells under named columns, written as an aligned table, Markdown, CSV, JSON lines or JSON.
struct DataTable {
    /// One column: its header and whether its cells are numbers (right-aligned in tables).
    struct Column {
        var header: String
        var numeric: Bool = false
    }

    var columns: [Column]
    /// The cells people read, one array per row, as many as `columns`.
    var rows: [[String]]
    /// The same rows as JSON objects, for `json` and `jsonl`.
    var objects: [JSONValue]

    /// The table in `format`; `document` wraps the objects for `json` (it carries the `schema`).
    func render(_ format: OutputFormat, document: (_ rows: JSONValue) -> JSONValue) -> String {
        switch format {
        case .table: return aligned()
        case .markdown: return markdown()
        case .csv: return csv()
        case .jsonl: return objects.map { $0.serialized() + "\n" }.joined()
        case .json: return document(.array(objects)).serialized() + "\n"
        }
    }

    /// Columns padded to their widest cell, numbers right-aligned, two spaces apart.
    func aligned() -> String {
        let widths = columns.indices.map { index in
            rows.reduce(columns[index].header.count) { max($0, $1[index].count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let last = index == cells.count - 1
                parts.append(columns[index].numeric ? padding + cell : (last ? cell : cell + padding))
            }
            return parts.joined(separator: "  ")
        }
        return ([line(columns.map(\.header))] + rows.map(line)).map { $0 + "\n" }.joined()
    }

    /// A Markdown table; numeric columns are right-aligned, `|` in cells is escaped.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule = "|" + columns.map { $0.numeric ? "---:" : "---" }.joined(separator: "|") + "|\n"
        return line(columns.map(\.header)) + rule + rows.map(line).joined()
    }

    /// CSV with a header row; cells with commas, quotes or line breaks are quoted.
    func csv() -> String {
        func field(_ cell: String) -> String {
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return ([columns.map(\.header)] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }
}

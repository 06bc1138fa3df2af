import ArgumentParser

/// How a data command writes its results.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Aligned columns for people.
    case table
    /// One JSON document with a `schema` field.
    case json
    /// One JSON object per row.
    case jsonl
    /// Comma-separated values with a header row (RFC 4180 quoting).
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown
}

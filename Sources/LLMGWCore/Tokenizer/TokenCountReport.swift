/// Token counts of several inputs under several columns (encodings or models), with totals:
/// what `llmgw cost tokens` shows.
///
/// Inputs are bytes, decoded as ``LossyUTF8Text`` (invalid UTF-8 becomes U+FFFD), and encoded as
/// tiktoken's `encode_ordinary` does. Each encoding runs once per input however many columns use it.
public struct TokenCountReport: Sendable {
    /// The JSON schema name of ``json()``.
    public static let schema = "llmgw.tokens/1"

    /// The columns, in order.
    public let columns: [TokenCountColumn]
    /// One row per input, in the order they were added.
    public private(set) var rows: [TokenCountRow] = []

    /// An empty report with these columns.
    public init(columns: [TokenCountColumn]) {
        self.columns = columns
    }

    /// Counts one input and adds its row.
    /// - Parameters:
    ///   - name: the input's name (a path, or `-` for standard input).
    ///   - bytes: its contents.
    ///   - counted: counts made elsewhere (a provider's count-tokens endpoint), by column index; they
    ///     replace the local count of those columns.
    /// - Returns: the new row.
    @discardableResult
    public mutating func add(name: String, bytes: [UInt8], counted: [Int: Int] = [:]) -> TokenCountRow {
        let decoded = LossyUTF8Text(bytes)
        var byEncoding: [TokenEncodingName: Int] = [:]
        let counts = columns.enumerated().map { index, column in
            if let given = counted[index] { return given }
            let raw: Int
            if let known = byEncoding[column.encoding] {
                raw = known
            } else {
                raw = TokenEncoding(column.encoding).count(decoded.text)
                byEncoding[column.encoding] = raw
            }
            return column.calibration?.apply(raw) ?? raw
        }
        let row = TokenCountRow(
            name: name, bytes: bytes.count, replacedInvalidBytes: decoded.replacedInvalidBytes, counts: counts)
        rows.append(row)
        return row
    }

    /// The column totals over all rows.
    public var totals: [Int] {
        columns.indices.map { index in rows.reduce(0) { $0 + $1.counts[index] } }
    }

    /// The total size of the inputs in bytes.
    public var totalBytes: Int { rows.reduce(0) { $0 + $1.bytes } }

    /// One row as a JSON object: `name`, `bytes`, `replaced_invalid_utf8`, `tokens` by column label.
    public func json(row: TokenCountRow) -> JSONValue {
        .object([
            "name": .string(row.name), "bytes": .number(Double(row.bytes)),
            "replaced_invalid_utf8": .bool(row.replacedInvalidBytes), "tokens": tokens(row.counts),
        ])
    }

    /// The whole report as a `llmgw.tokens/1` document: `schema`, `columns` (label, model, encoding,
    /// exact, method, `calibration_samples`, `counted_by`), `inputs` (see ``json(row:)``) and `total`
    /// (`bytes`, `tokens`).
    public func json() -> JSONValue {
        .object([
            "schema": .string(Self.schema),
            "columns": .array(
                columns.map { column in
                    .object([
                        "label": .string(column.label), "model": column.model.map(JSONValue.string) ?? .null,
                        "encoding": .string(column.encoding.rawValue), "exact": .bool(column.isExact),
                        "method": .string(column.method),
                        "calibration_samples": column.calibration.map { .number(Double($0.samples)) } ?? .null,
                        "counted_by": column.countedBy.map(JSONValue.string) ?? .null,
                    ])
                }),
            "inputs": .array(rows.map(json(row:))),
            "total": .object(["bytes": .number(Double(totalBytes)), "tokens": tokens(totals)]),
        ])
    }

    /// Counts keyed by column label.
    private func tokens(_ counts: [Int]) -> JSONValue {
        .object(
            Dictionary(zip(columns.map(\.label), counts.map { .number(Double($0)) }), uniquingKeysWith: { a, _ in a }))
    }
}

import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw cost tokens`: counts the tokens of files or standard input, exactly for OpenAI
/// encodings and models, as labelled estimates for other model families.
struct CostTokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count tokens in text or files.",
        discussion: """
            Counts are exact, byte for byte as tiktoken's encode_ordinary, for o200k_base and \
            cl100k_base and for the OpenAI models that use them (gpt-4o, gpt-4.1, gpt-5, o3, gpt-4, \
            gpt-3.5-turbo, ...). Other models (Anthropic, Gemini, Llama, Mistral, ...) get an estimate: \
            the o200k_base count, uncalibrated, marked with ~ and labelled in JSON. With no -m or \
            --encoding, both encodings are counted. Input that is not UTF-8 is decoded with each \
            invalid sequence replaced by U+FFFD first, as Python's errors="replace" does. With one \
            input and one count, the table format prints just the number.
            """
    )

    @Argument(help: ArgumentHelp("Files to count; none or - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Count for this model (repeatable).", valueName: "model"))
    var model: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Count in this encoding: o200k_base or cl100k_base (repeatable).", valueName: "encoding"))
    var encoding: [String] = []

    @OptionGroup var output: OutputOptions

    func validate() throws {
        for name in encoding where TokenEncodingName(rawValue: name) == nil {
            let known = TokenEncodingName.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown encoding '\(name)'; llmgw counts exactly in \(known)")
        }
    }

    func run() async throws {
        var report = TokenCountReport(columns: columns())
        let inputs = files.isEmpty ? ["-"] : files
        for name in inputs {
            let bytes = try read(name)
            let row = report.add(name: name, bytes: bytes)
            if row.replacedInvalidBytes {
                Terminal.standardError.writeLine(
                    "llmgw: note: \(name == "-" ? "standard input" : name) is not valid UTF-8; "
                        + "each invalid sequence was counted as U+FFFD")
            }
        }
        for column in report.columns where !column.isExact {
            Terminal.standardError.writeLine(
                "llmgw: note: counts for \(column.label) are estimates (the o200k_base count, uncalibrated)")
        }
        let format = output.resolved
        if format == .table, report.rows.count == 1, report.columns.count == 1 {
            Terminal.standardOutput.writeLine(cell(report.rows[0].counts[0], column: report.columns[0]))
            return
        }
        Terminal.standardOutput.write(table(report).render(format) { _ in report.json() })
    }

    /// The columns asked for, in order, without repeats; both encodings when none are.
    private func columns() -> [TokenCountColumn] {
        var columns = model.map(TokenCountColumn.init(model:))
        columns += encoding.compactMap(TokenEncodingName.init(rawValue:)).map(TokenCountColumn.init(encoding:))
        if columns.isEmpty { columns = TokenEncodingName.allCases.map(TokenCountColumn.init(encoding:)) }
        var seen = Set<String>()
        return columns.filter { seen.insert($0.label).inserted }
    }

    /// The bytes of a file, or of standard input for `-`.
    private func read(_ name: String) throws -> [UInt8] {
        if name == "-" {
            guard let bytes = try StandardInput.readAllIfPiped() else {
                throw CLIError.usage("nothing to count: name files, or pipe text into `llmgw cost tokens`")
            }
            return bytes
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
            throw CLIError.unreadableFile(path: name, reason: "no such file")
        }
        if isDirectory.boolValue { throw CLIError.unreadableFile(path: name, reason: "it is a directory") }
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: name)))
        } catch {
            throw CLIError.unreadableFile(path: name, reason: error.localizedDescription)
        }
    }

    /// The report as rows for every output format; estimated counts are marked `~` in cells.
    private func table(_ report: TokenCountReport) -> DataTable {
        var rows = report.rows.map { row in
            [row.name, String(row.bytes)] + zip(row.counts, report.columns).map { cell($0, column: $1) }
        }
        if report.rows.count > 1 {
            rows.append(
                ["total", String(report.totalBytes)] + zip(report.totals, report.columns).map { cell($0, column: $1) })
        }
        let columns =
            [DataTable.Column(header: "input"), DataTable.Column(header: "bytes", numeric: true)]
            + report.columns.map { DataTable.Column(header: $0.label, numeric: true) }
        return DataTable(columns: columns, rows: rows, objects: report.rows.map(report.json(row:)))
    }

    /// A count as a cell: `~` before an estimate.
    private func cell(_ count: Int, column: TokenCountColumn) -> String {
        (column.isExact ? "" : "~") + String(count)
    }
}

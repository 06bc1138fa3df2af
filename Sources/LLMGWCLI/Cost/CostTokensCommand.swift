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
            the o200k_base count, marked with ~ and labelled in JSON, calibrated against the prompt tokens \
            providers reported in the request log once it has 5 calls of the model or its family. \
            --exact asks Anthropic's and Gemini's count-tokens endpoints instead (a key is needed; on \
            failure the estimate is kept and stderr says why). With no -m or \
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

    @Flag(
        name: .long,
        help: "Count with the provider's count-tokens endpoint (Anthropic, Gemini) where a key is available.")
    var exact = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        for name in encoding where TokenEncodingName(rawValue: name) == nil {
            let known = TokenEncodingName.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown encoding '\(name)'; llmgw counts exactly in \(known)")
        }
    }

    func run() async throws {
        let inputs = files.isEmpty ? ["-"] : files
        let contents = try inputs.map { (name: $0, bytes: try read($0)) }
        let environment = ProcessInfo.processInfo.environment
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        var columns = columns(calibration: ProviderTokenCounter.calibration(for: model, paths: paths))
        var counted: [[Int: Int]] = Array(repeating: [:], count: contents.count)
        if exact {
            let config = try ConfigLoader.loadIfPresent(paths: paths)
            let counter = ProviderTokenCounter.make(paths: paths, config: config, environment: environment)
            columns = await exactColumns(columns, contents: contents, counter: counter, counted: &counted)
        }
        var report = TokenCountReport(columns: columns)
        for (index, input) in contents.enumerated() {
            let row = report.add(name: input.name, bytes: input.bytes, counted: counted[index])
            if row.replacedInvalidBytes {
                Terminal.standardError.writeLine(
                    "llmgw: note: \(input.name == "-" ? "standard input" : input.name) is not valid UTF-8; "
                        + "each invalid sequence was counted as U+FFFD")
            }
        }
        for column in report.columns where !column.isExact {
            let how =
                column.calibration.map { calibration in
                    "the o200k_base count × \(String(format: "%.3f", calibration.ratio)), calibrated from "
                        + "\(calibration.samples) calls of \(calibration.scope)"
                } ?? "the o200k_base count, uncalibrated"
            Terminal.standardError.writeLine("llmgw: note: counts for \(column.label) are estimates (\(how))")
        }
        let format = output.resolved
        if format == .table, report.rows.count == 1, report.columns.count == 1 {
            Terminal.standardOutput.writeLine(cell(report.rows[0].counts[0], column: report.columns[0]))
            return
        }
        Terminal.standardOutput.write(table(report).render(format) { _ in report.json() })
    }

    /// The columns asked for, in order, without repeats; both encodings when none are.
    private func columns(calibration: TokenCalibrationTable?) -> [TokenCountColumn] {
        var columns = model.map { TokenCountColumn(model: $0, calibration: calibration) }
        columns += encoding.compactMap(TokenEncodingName.init(rawValue:)).map(TokenCountColumn.init(encoding:))
        if columns.isEmpty { columns = TokenEncodingName.allCases.map(TokenCountColumn.init(encoding:)) }
        var seen = Set<String>()
        return columns.filter { seen.insert($0.label).inserted }
    }

    /// Asks the provider to count every input of each estimated model column; a column all of whose
    /// inputs were counted becomes exact, any other keeps its estimate with a note on stderr.
    private func exactColumns(
        _ columns: [TokenCountColumn], contents: [(name: String, bytes: [UInt8])], counter: ProviderTokenCounter,
        counted: inout [[Int: Int]]
    ) async -> [TokenCountColumn] {
        var result = columns
        for (index, column) in columns.enumerated() where !column.isExact {
            guard let model = column.model else { continue }
            var counts: [Int] = []
            var endpointName: String?
            var failure: String?
            for input in contents {
                let text = LossyUTF8Text(input.bytes).text
                switch await counter.count([.text(.user, text)], model: model) {
                case .counted(let count):
                    counts.append(count.tokens)
                    endpointName = count.endpointName
                case .local: break
                case .unavailable(let reason): failure = reason
                }
                if failure != nil { break }
            }
            guard failure == nil, let endpointName, counts.count == contents.count else {
                Terminal.standardError.writeLine(
                    "llmgw: note: no exact count for \(model), keeping the estimate: \(failure ?? "not counted")")
                continue
            }
            result[index] = TokenCountColumn(model: model, countedBy: endpointName)
            for row in counts.indices { counted[row][index] = counts[row] }
        }
        return result
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

import ArgumentParser

/// `--format table|json|jsonl|csv|markdown` and its short form `--json`, shared by data commands.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: table, json, jsonl, csv or markdown.", valueName: "format"))
    var format: OutputFormat?

    @Flag(name: .long, help: "Short for --format json.")
    var json = false

    /// The chosen format; `table` when neither option is given.
    var resolved: OutputFormat { json ? .json : (format ?? .table) }

    mutating func validate() throws {
        if json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) disagree; give one of them")
        }
    }
}

import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw cost report`: spend, tokens, requests and errors from the request log.
struct CostReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report spend from the request log.",
        discussion: """
            Reads the request log ($XDG_DATA_HOME/llmgw/llmgw.db, or LLMGW_DB). --since and --until take \
            a span back from now (30m, 12h, 7d, 2w) or a UTC day (2026-11-01). Calls whose model has no \
            known price are counted as unpriced: their spend is not in the totals, and the report says \
            how many there were and what share of the tokens they used.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Start of the window: 7d, 12h, 30m, 2w or YYYY-MM-DD.", valueName: "when"))
    var since: String = "7d"

    @Option(name: .long, help: ArgumentHelp("End of the window (exclusive); default now.", valueName: "when"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Group by model, provider, route, key or day.", valueName: "group"))
    var by: SpendGrouping = .model

    @OptionGroup var output: OutputOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if ReportWindow.parse(since, now: Date()) == nil {
            throw ValidationError("--since \(since): give a span such as 7d, 12h, 30m, 2w, or a day such as 2026-11-01")
        }
        if let until, ReportWindow.parse(until, now: Date()) == nil {
            throw ValidationError("--until \(until): give a span such as 1d, or a day such as 2026-11-21")
        }
    }

    func run() async throws {
        let now = Date()
        let environment = ProcessInfo.processInfo.environment
        let paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let start = ReportWindow.parse(since, now: now)
        let end = until.flatMap { ReportWindow.parse($0, now: now) }
        var report = SpendReport(grouping: by, since: start, until: end, rows: [])
        if FileManager.default.fileExists(atPath: paths.database) {
            let database = try LLMGWDatabase(path: paths.database)
            report = try SpendReport.query(database: database, grouping: by, since: start, until: end)
        }
        let format = output.resolved
        _ = Terminal.standardOutput.write(CostReportTable.render(report, format: format))
        if format == .table {
            if report.total.requests == 0 {
                Terminal.standardError.writeLine("llmgw: no calls in the request log for this window")
            } else if report.total.unpricedRequests > 0 {
                let share = String(format: "%.1f%%", report.total.unpricedTokenShare * 100)
                Terminal.standardError.writeLine(
                    "llmgw: \(report.total.unpricedRequests) calls (\(share) of tokens) have no known price and are "
                        + "not in the spend; add prices under `models:` or with `llmgw cost models import`")
            }
        }
    }
}

extension SpendGrouping: ExpressibleByArgument {}

import ArgumentParser

/// `llmgw cost`: token counts, price estimates, the price catalog and spend reports.
struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Count tokens and price models.",
        subcommands: [
            CostTokensCommand.self,
            CostEstimateCommand.self,
            CostModelsCommand.self,
            CostReportCommand.self,
        ]
    )
}

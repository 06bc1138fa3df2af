import ArgumentParser

/// `llmgw cost models`: the price catalog (`list`, the default) and `import`.
struct CostModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "Show the price catalog, or import prices.",
        subcommands: [CostModelsListCommand.self, CostModelsImportCommand.self],
        defaultSubcommand: CostModelsListCommand.self
    )
}

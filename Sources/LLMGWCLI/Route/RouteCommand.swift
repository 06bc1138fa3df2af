import ArgumentParser

/// `llmgw route`: the routing engine made visible.
struct RouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "List, explain and health-check routes.",
        discussion: """
            Routes are named in the config under routes:, each with a strategy (fallback, \
            weighted, cheapest, fastest, least-busy, conditional) and targets that are models or \
            other routes. Every command that calls a model goes through the same engine.
            """,
        subcommands: [
            RouteListCommand.self, RouteExplainCommand.self, RouteCheckCommand.self, RouteServeCommand.self,
        ]
    )
}

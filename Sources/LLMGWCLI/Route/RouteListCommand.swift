import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw route list`: every route with its policy and targets, capabilities and prices.
struct RouteListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the routes, their policy and targets.",
        discussion: """
            One row per target: the route, its strategy, the target (a model or a nested route), \
            its weight or rule, tool/vision/JSON support and context window when known, and the \
            price per 1M tokens. --json prints schema llmgw.route-list/1.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON (schema llmgw.route-list/1) instead of a table.")
    var json = false

    func run() async throws {
        let context = try CLIContext.load(global: global)
        defer { context.close() }
        let router = context.routeExecutor.router
        let costs = CostCalculator(config: context.config)
        var table = RouteTable(headers: [
            "ROUTE", "STRATEGY", "TARGET", "WEIGHT/RULE", "TOOLS", "VISION", "JSON", "CONTEXT", "IN $/1M", "OUT $/1M",
        ])
        var routes: [JSONValue] = []
        for name in context.config.routes.keys.sorted() {
            guard let route = context.config.routes[name] else { continue }
            var entries: [(reference: String, detail: String)] = route.typedRules.enumerated().map {
                ($1.use, "rule \($0 + 1): \($1.summary)")
            }
            entries += route.targets.map { ($0.model, $0.weight.map { Self.number($0) } ?? "-") }
            var targets: [JSONValue] = []
            for entry in entries {
                let isModel = entry.reference.contains("/")
                let kind = isModel ? (try? context.resolver.resolve(entry.reference).endpoint?.endpoint.kind) : nil
                let capabilities =
                    isModel ? router.capabilities.capabilities(of: entry.reference, kind: kind ?? nil) : nil
                var price: ModelPrice?
                if isModel, let slash = entry.reference.firstIndex(of: "/") {
                    price = costs.price(
                        provider: String(entry.reference[..<slash]),
                        model: String(entry.reference[entry.reference.index(after: slash)...]),
                        kind: (kind ?? nil) ?? .openai)
                }
                table.rows.append([
                    name, route.strategy, isModel ? entry.reference : "route:\(entry.reference)", entry.detail,
                    Self.flag(capabilities?.tools), Self.flag(capabilities?.vision), Self.flag(capabilities?.jsonMode),
                    capabilities?.contextWindow.map(String.init) ?? "-", price.map { "\($0.input)" } ?? "-",
                    price.map { "\($0.output)" } ?? "-",
                ])
                targets.append(
                    .object([
                        "target": .string(entry.reference), "kind": .string(isModel ? "model" : "route"),
                        "detail": .string(entry.detail),
                        "tools": capabilities?.tools.map(JSONValue.bool) ?? .null,
                        "vision": capabilities?.vision.map(JSONValue.bool) ?? .null,
                        "json_mode": capabilities?.jsonMode.map(JSONValue.bool) ?? .null,
                        "context": capabilities?.contextWindow.map { .number(Double($0)) } ?? .null,
                        "input_price": price.map { .number(NSDecimalNumber(decimal: $0.input).doubleValue) } ?? .null,
                        "output_price": price.map { .number(NSDecimalNumber(decimal: $0.output).doubleValue) } ?? .null,
                    ]))
            }
            routes.append(
                .object([
                    "name": .string(name), "strategy": .string(route.strategy),
                    "description": route.description.map(JSONValue.string) ?? .null, "targets": .array(targets),
                ]))
        }
        if json {
            Terminal.standardOutput.writeLine(
                JSONValue.object(["schema": "llmgw.route-list/1", "routes": .array(routes)]).serialized())
        } else if routes.isEmpty {
            Terminal.standardError.writeLine(
                "llmgw: no routes are configured; add them under `routes:` in \(context.paths.configFile)")
        } else {
            Terminal.standardOutput.write(table.rendered())
        }
    }

    static func flag(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? "?"
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}

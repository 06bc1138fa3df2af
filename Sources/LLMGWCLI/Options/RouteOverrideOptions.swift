import ArgumentParser
import Foundation
import LLMGWCore

/// Request-level routing overrides, as OpenRouter's body has them; shared by `chat` and
/// `route explain`.
struct RouteOverrideOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Try this model or route if the others fail (repeatable).", valueName: "model"))
    var fallback: [String] = []

    @Option(help: ArgumentHelp("Order the candidates by price, latency or throughput.", valueName: "order"))
    var sort: String?

    @Option(help: ArgumentHelp("Only use these providers (repeatable, or comma-separated).", valueName: "provider"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Never use these providers (repeatable, or comma-separated).", valueName: "provider"))
    var ignore: [String] = []

    @Option(
        name: .customLong("max-price"),
        help: ArgumentHelp("Skip targets priced above this, in dollars per 1M tokens.", valueName: "usd"))
    var maxPrice: String?

    @Option(help: ArgumentHelp("Keep weighted picks stable for this key (e.g. a user id).", valueName: "key"))
    var sticky: String?

    @Option(
        help: ArgumentHelp("Tag the request for conditional rules: name or key=value (repeatable).", valueName: "tag"))
    var tag: [String] = []

    func validate() throws {
        if let sort, RouteSort(rawValue: sort) == nil {
            throw ValidationError("--sort must be one of price, latency, throughput; got '\(sort)'")
        }
        if let maxPrice, Decimal(string: maxPrice).map({ $0 >= 0 }) != true {
            throw ValidationError("--max-price must be a number of dollars per 1M tokens, e.g. 1.5; got '\(maxPrice)'")
        }
    }

    /// The overrides for the router.
    var overrides: RouteOverrides {
        RouteOverrides(
            fallbacks: fallback, sort: sort.flatMap(RouteSort.init(rawValue:)), onlyProviders: Self.providers(only),
            ignoredProviders: Self.providers(ignore), maxPrice: maxPrice.flatMap { Decimal(string: $0) },
            stickyKey: sticky)
    }

    /// Provider names from repeated and comma-separated values.
    private static func providers(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
    }
}

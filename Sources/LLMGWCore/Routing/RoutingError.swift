import Foundation

/// Why the routing engine could not send a call anywhere.
public enum RoutingError: Error, Sendable, Hashable {
    /// The model reference could not be resolved (unknown provider, missing key, not a route).
    case unresolved(ResolveError)
    /// Every candidate of the route was filtered out; `skipped` says why for each.
    case noEligibleTarget(route: String, skipped: [SkippedTarget])
    /// Routes nest deeper than llmgw follows.
    case tooDeep(route: String, limit: Int)
    /// A command-line override is unusable (`--sort`, `--max-price`).
    case invalidOverride(String)
}

extension RoutingError: ClassifiedError {
    public var failureClass: FailureClass {
        switch self {
        case .unresolved(let error): error.failureClass
        case .noEligibleTarget(_, let skipped):
            if !skipped.isEmpty, skipped.allSatisfy({ $0.reason.isRateLimited }) {
                .rateLimit
            } else if !skipped.isEmpty, skipped.allSatisfy({ $0.reason.isTransient }) {
                .upstream
            } else if !skipped.isEmpty, skipped.allSatisfy({ $0.reason.isKeyProblem }) {
                .auth
            } else {
                .usage
            }
        case .tooDeep, .invalidOverride: .usage
        }
    }
}

extension RoutingError: LocalizedError {
    public var errorDescription: String? { message }
}

extension RoutingError: CustomStringConvertible {
    public var description: String { message }
}

extension RoutingError {
    /// What failed and what to do.
    public var message: String {
        switch self {
        case .unresolved(let error):
            return error.message
        case .noEligibleTarget(let route, let skipped):
            let reasons = skipped.map { "\($0.target): \($0.reason.description)" }.joined(separator: "; ")
            return
                "no target of '\(route)' can take this request (\(reasons.isEmpty ? "it has no targets" : reasons)); "
                + "run `llmgw route explain -m \(route)` to see the decision, or relax --only/--ignore/--max-price"
        case .tooDeep(let route, let limit):
            return "route '\(route)' nests more than \(limit) routes deep; flatten it in the config"
        case .invalidOverride(let detail):
            return detail
        }
    }
}

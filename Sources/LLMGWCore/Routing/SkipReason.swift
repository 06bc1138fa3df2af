import Foundation

/// Why a candidate target was not used.
public enum SkipReason: Sendable, Hashable {
    /// The request needs a capability (`tools`, `vision`, `json`) the target lacks.
    case missingCapability(String)
    /// The prompt (plus the output limit) does not fit the target's context window.
    case contextTooSmall(needed: Int, window: Int)
    /// The target's circuit breaker is open; it is tried again after `retryIn`.
    case circuitOpen(retryIn: Duration)
    /// The target answered 429 recently; it is free again after `retryIn`.
    case rateLimited(retryIn: Duration)
    /// `--only` or `--ignore` left the provider out.
    case providerExcluded(String)
    /// The price per 1M tokens is above `--max-price`, or unknown.
    case overMaxPrice(price: Decimal?, limit: Decimal)
    /// The target cannot be called (no key, unknown provider, no base URL).
    case unavailable(String)
    /// The same target appears earlier in the order.
    case duplicate
    /// A conditional rule whose `when` did not match the request.
    case ruleNotMatched(rule: Int)
    /// An earlier attempt showed its context window is too small for this prompt.
    case smallerContext
    /// The attempt budget or time budget ran out before this target was tried.
    case budgetExhausted

    /// A stable snake_case code for JSON and logs.
    public var code: String {
        switch self {
        case .missingCapability: "missing_capability"
        case .contextTooSmall: "context_too_small"
        case .circuitOpen: "circuit_open"
        case .rateLimited: "rate_limited"
        case .providerExcluded: "provider_excluded"
        case .overMaxPrice: "over_max_price"
        case .unavailable: "unavailable"
        case .duplicate: "duplicate"
        case .ruleNotMatched: "rule_not_matched"
        case .smallerContext: "smaller_context"
        case .budgetExhausted: "budget_exhausted"
        }
    }

    /// Whether the reason passes with time (an open circuit or a rate limit).
    public var isTransient: Bool {
        switch self {
        case .circuitOpen, .rateLimited: true
        default: false
        }
    }

    /// Whether the reason is a recent 429.
    public var isRateLimited: Bool {
        if case .rateLimited = self { return true }
        return false
    }

    /// Whether the target was unusable for lack of a key.
    public var isKeyProblem: Bool {
        if case .unavailable(let message) = self { return message.contains("API key") }
        return false
    }
}

extension SkipReason: CustomStringConvertible {
    /// The reason in words.
    public var description: String {
        switch self {
        case .missingCapability(let capability): "no \(capability) support"
        case .contextTooSmall(let needed, let window): "needs \(needed) tokens, context is \(window)"
        case .circuitOpen(let retryIn): "circuit open (retry in \(Self.seconds(retryIn)))"
        case .rateLimited(let retryIn): "rate limited (free in \(Self.seconds(retryIn)))"
        case .providerExcluded(let detail): detail
        case .overMaxPrice(let price, let limit):
            price.map { "price $\($0)/1M is above --max-price $\(limit)" } ?? "price unknown with --max-price $\(limit)"
        case .unavailable(let message): message
        case .duplicate: "already a candidate"
        case .ruleNotMatched(let rule): "rule \(rule) did not match"
        case .smallerContext: "context window not larger than a target that already overflowed"
        case .budgetExhausted: "attempt or time budget used up"
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = max(0, duration.milliseconds / 1000)
        return value < 10 ? String(format: "%.1fs", value) : "\(Int(value.rounded()))s"
    }
}

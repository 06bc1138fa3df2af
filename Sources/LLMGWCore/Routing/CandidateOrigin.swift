/// Why a target is a candidate: its place in the route, the rule that chose it, or an override.
public enum CandidateOrigin: Sendable, Hashable {
    /// Named directly with `-m`.
    case requested
    /// The route's `targets:` entry at this 1-based position.
    case target(Int)
    /// The conditional rule at this 1-based position, with its conditions in words.
    case rule(Int, summary: String)
    /// Added by `--fallback`.
    case fallback

    /// The origin in words (`target 2`, `rule 1: input_tokens > 8000`, `--fallback`).
    public var description: String {
        switch self {
        case .requested: "requested"
        case .target(let index): "target \(index)"
        case .rule(let index, let summary): "rule \(index): \(summary)"
        case .fallback: "--fallback"
        }
    }
}

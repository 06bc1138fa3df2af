/// One `rules:` entry of a conditional route: conditions on the request, and the target to use.
///
/// Every condition given must hold; a rule with none always matches (the default rule).
public struct RouteRule: Sendable, Hashable {
    /// A bound on the estimated prompt tokens (`input_tokens: ">8000"`).
    public var inputTokens: TokenComparison?
    /// A regular expression the prompt must contain (`prompt: "(?i)translate"`).
    public var prompt: PromptPattern?
    /// Capabilities the request needs (`capabilities: [tools, vision, json]`): the rule matches
    /// when the request needs all of them.
    public var capabilities: [String]
    /// Tags the request must carry (`tags: [batch]`).
    public var tags: [String]
    /// Metadata the request must carry (`metadata: { team: search }`).
    public var metadata: [String: String]
    /// The model or route to use (`use:`).
    public var use: String

    /// Creates a rule.
    public init(
        inputTokens: TokenComparison? = nil, prompt: PromptPattern? = nil, capabilities: [String] = [],
        tags: [String] = [], metadata: [String: String] = [:], use: String
    ) {
        self.inputTokens = inputTokens
        self.prompt = prompt
        self.capabilities = capabilities
        self.tags = tags
        self.metadata = metadata
        self.use = use
    }

    /// The capability names a rule may require.
    public static let capabilityNames = ["tools", "vision", "json"]

    /// Whether the request described by `profile` satisfies every condition.
    ///
    /// Cheap conditions are checked first and the token count last, so a rule that fails on
    /// anything else never makes the request be counted.
    public func matches(_ profile: RequestProfile) -> Bool {
        for capability in capabilities {
            switch capability {
            case "tools": if !profile.needsTools { return false }
            case "vision": if !profile.needsVision { return false }
            case "json": if !profile.needsJSON { return false }
            default: return false
            }
        }
        if !tags.isEmpty {
            if profile.tags.isEmpty { return false }
            for tag in tags where !profile.tags.contains(tag) { return false }
        }
        if !metadata.isEmpty {
            if profile.metadata.isEmpty { return false }
            for (key, value) in metadata where profile.metadata[key] != value { return false }
        }
        if let prompt, !prompt.matches(profile.prompt) { return false }
        if let inputTokens, !inputTokens.matches(profile.inputTokens) { return false }
        return true
    }

    /// The conditions in words, e.g. `input_tokens > 8000, tags [batch]`; `always` for none.
    public var summary: String {
        var parts: [String] = []
        if let inputTokens { parts.append("input_tokens \(inputTokens.summary)") }
        if let prompt { parts.append("prompt ~ /\(prompt.pattern)/") }
        if !capabilities.isEmpty { parts.append("needs \(capabilities.joined(separator: "+"))") }
        if !tags.isEmpty { parts.append("tags \(tags.joined(separator: ","))") }
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) { parts.append("\(key)=\(value)") }
        return parts.isEmpty ? "always" : parts.joined(separator: ", ")
    }
}

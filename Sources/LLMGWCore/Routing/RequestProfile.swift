/// What a request needs from a target, measured once before routing: size, capabilities, tags.
public struct RequestProfile: Sendable, Hashable {
    /// The estimated prompt tokens.
    public var inputTokens: Int
    /// The output tokens expected (`max_tokens`, or ``RequestProfile/defaultExpectedOutput``).
    public var expectedOutputTokens: Int
    /// The output limit the request sets, if any (counted against the context window).
    public var maxOutputTokens: Int?
    /// Whether the request offers tools.
    public var needsTools: Bool
    /// Whether the request carries images.
    public var needsVision: Bool
    /// Whether the request asks for JSON output.
    public var needsJSON: Bool
    /// The last user message's text, which conditional `prompt:` rules match.
    public var prompt: String
    /// Request tags (`--tag NAME`).
    public var tags: Set<String>
    /// Request metadata (`--tag key=value`).
    public var metadata: [String: String]

    /// The output tokens assumed when the request sets no limit, for price estimates.
    public static let defaultExpectedOutput = 500

    /// Creates a profile from its parts.
    public init(
        inputTokens: Int, expectedOutputTokens: Int = RequestProfile.defaultExpectedOutput,
        maxOutputTokens: Int? = nil, needsTools: Bool = false, needsVision: Bool = false, needsJSON: Bool = false,
        prompt: String = "", tags: Set<String> = [], metadata: [String: String] = [:]
    ) {
        self.inputTokens = inputTokens
        self.expectedOutputTokens = expectedOutputTokens
        self.maxOutputTokens = maxOutputTokens
        self.needsTools = needsTools
        self.needsVision = needsVision
        self.needsJSON = needsJSON
        self.prompt = prompt
        self.tags = tags
        self.metadata = metadata
    }

    /// Measures a request.
    /// - Parameters:
    ///   - request: the call.
    ///   - model: the model used to pick the token counter.
    ///   - tags: `NAME` and `key=value` tags from the command line.
    public init(request: ChatRequest, model: String = "", tags: [String] = []) {
        let tokens = TokenCounter.forModel(model).countChat(request.messages)
        let hasImage = request.messages.contains { message in
            message.content.contains { if case .image = $0 { true } else { false } }
        }
        var plain: Set<String> = []
        var metadata: [String: String] = [:]
        for tag in tags {
            if let equals = tag.firstIndex(of: "=") {
                metadata[String(tag[..<equals])] = String(tag[tag.index(after: equals)...])
            } else {
                plain.insert(tag)
            }
        }
        let needsJSON: Bool =
            switch request.responseFormat {
            case .jsonObject, .jsonSchema: true
            case .text, nil: false
            }
        self.init(
            inputTokens: tokens, expectedOutputTokens: request.maxTokens ?? Self.defaultExpectedOutput,
            maxOutputTokens: request.maxTokens, needsTools: !request.tools.isEmpty, needsVision: hasImage,
            needsJSON: needsJSON, prompt: request.messages.last { $0.role == .user }?.text ?? "", tags: plain,
            metadata: metadata)
    }

    /// The tokens that must fit in the context window: the prompt plus the output limit.
    public var contextNeeded: Int { inputTokens + (maxOutputTokens ?? 0) }
}

/// What a request needs from a target, measured once before routing: size, capabilities, tags.
///
/// The prompt token count is lazy: it is made the first time ``inputTokens`` is read (a rule on
/// `input_tokens`, a price ordering, a known context window, or `route explain`), so a call that
/// needs none of these never loads a tokenizer.
public struct RequestProfile: Sendable, Hashable {
    /// The count given outright or set; `nil` until then.
    private var knownInputTokens: Int?
    /// The lazy count of the request, when measured from one.
    private let lazyInputTokens: InputTokenCount?
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
        self.knownInputTokens = inputTokens
        self.lazyInputTokens = nil
        self.expectedOutputTokens = expectedOutputTokens
        self.maxOutputTokens = maxOutputTokens
        self.needsTools = needsTools
        self.needsVision = needsVision
        self.needsJSON = needsJSON
        self.prompt = prompt
        self.tags = tags
        self.metadata = metadata
    }

    /// Measures a request; its tokens are counted with `model`'s counter on first use.
    /// - Parameters:
    ///   - request: the call.
    ///   - model: the model used to pick the token counter.
    ///   - tags: `NAME` and `key=value` tags from the command line.
    public init(request: ChatRequest, model: String = "", tags: [String] = []) {
        let messages = request.messages
        self.init(request: request, tags: tags) { TokenCounter.forModel(model).countChat(messages) }
    }

    /// Measures a request, counting its prompt tokens with `countTokens` on first use (at most once).
    /// - Parameters:
    ///   - request: the call.
    ///   - tags: `NAME` and `key=value` tags from the command line.
    ///   - countTokens: counts the prompt tokens when they are first needed.
    public init(request: ChatRequest, tags: [String] = [], countTokens: @escaping @Sendable () -> Int) {
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
        knownInputTokens = nil
        lazyInputTokens = InputTokenCount(countTokens)
        expectedOutputTokens = request.maxTokens ?? Self.defaultExpectedOutput
        maxOutputTokens = request.maxTokens
        needsTools = !request.tools.isEmpty
        needsVision = hasImage
        self.needsJSON = needsJSON
        prompt = request.messages.last { $0.role == .user }?.text ?? ""
        self.tags = plain
        self.metadata = metadata
    }

    /// The estimated prompt tokens, counted on first read when the profile was measured from a request.
    public var inputTokens: Int {
        get { knownInputTokens ?? lazyInputTokens?.tokens ?? 0 }
        set { knownInputTokens = newValue }
    }

    /// Whether ``inputTokens`` is known without counting (given, set, or already counted).
    public var isInputTokensKnown: Bool {
        knownInputTokens != nil || lazyInputTokens?.isCounted ?? true
    }

    /// The tokens that must fit in the context window: the prompt plus the output limit.
    public var contextNeeded: Int { inputTokens + (maxOutputTokens ?? 0) }

    public static func == (lhs: RequestProfile, rhs: RequestProfile) -> Bool {
        lhs.expectedOutputTokens == rhs.expectedOutputTokens && lhs.maxOutputTokens == rhs.maxOutputTokens
            && lhs.needsTools == rhs.needsTools && lhs.needsVision == rhs.needsVision
            && lhs.needsJSON == rhs.needsJSON && lhs.prompt == rhs.prompt && lhs.tags == rhs.tags
            && lhs.metadata == rhs.metadata && lhs.inputTokens == rhs.inputTokens
    }

    // The token count is left out so that hashing never counts; equal profiles still hash equal.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(expectedOutputTokens)
        hasher.combine(maxOutputTokens)
        hasher.combine(needsTools)
        hasher.combine(needsVision)
        hasher.combine(needsJSON)
        hasher.combine(prompt)
        hasher.combine(tags)
        hasher.combine(metadata)
    }
}

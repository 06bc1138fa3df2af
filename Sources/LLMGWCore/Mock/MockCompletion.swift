/// The answer the mock gives to one chat request, before it is written in a provider's format.
struct MockCompletion: Sendable, Hashable {
    /// A fixed `created` time, so the same request gives the same bytes.
    static let created = 1_700_000_000

    /// The request number, used in response and tool-call ids.
    var serial: String
    /// The model as requested.
    var model: String
    /// The text, one piece per output token.
    var pieces: [String]
    /// The tool call, when the prompt asked for one.
    var toolCall: MockToolCall?
    /// Why it ended.
    var finish: MockFinish
    /// Prompt tokens by ``MockTokenizer``.
    var inputTokens: Int

    /// Output tokens: the pieces written plus the tool call's tokens.
    var outputTokens: Int { pieces.count + (toolCall?.tokenCount ?? 0) }

    /// The whole text.
    var text: String { pieces.joined() }

    /// Decides the answer: a tool call when asked for one, else `echo`'s last user message or
    /// `lorem`'s words, cut at the request's max tokens.
    init(prompt: MockPrompt, serial: String, defaultOutputTokens: Int) {
        self.serial = serial
        model = prompt.model
        inputTokens = prompt.inputTokens
        if let tool = prompt.requestedTool {
            pieces = []
            toolCall = MockToolCall(name: tool, id: serial)
            finish = .toolCall
            return
        }
        let limit = prompt.maxTokens ?? .max
        if prompt.model == "echo" || prompt.model.hasSuffix("/echo") {
            let all = MockTokenizer.pieces(prompt.lastUserText)
            pieces = all.count > limit ? Array(all.prefix(limit)) : all
            finish = all.count > limit ? .length : .stop
        } else {
            pieces = MockLorem.pieces(min(defaultOutputTokens, limit))
            finish = defaultOutputTokens > limit ? .length : .stop
        }
        toolCall = nil
    }
}

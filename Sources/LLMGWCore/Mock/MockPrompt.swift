/// What the mock needs from a chat request, read from any of the three formats.
struct MockPrompt: Sendable, Hashable {
    /// The model as requested.
    var model: String
    /// Whether the client asked for a stream.
    var stream: Bool
    /// OpenAI `stream_options.include_usage`.
    var includeUsage: Bool
    /// The request's output limit, if any.
    var maxTokens: Int?
    /// The text of the last user message (what `echo` answers).
    var lastUserText: String
    /// Every prompt text joined, for the input token count.
    var inputTokens: Int
    /// Names of the tools the request declares.
    var toolNames: [String]

    /// The tool the last user message asks for with `call <name>`, if it is declared.
    var requestedTool: String? {
        toolNames.first { !$0.isEmpty && lastUserText.contains("call " + $0) }
    }
}

/// Why a mock answer ended, before it is spelled in a provider's words.
enum MockFinish: Sendable, Hashable {
    /// The answer is complete.
    case stop
    /// The max-tokens limit cut it.
    case length
    /// It is a tool call.
    case toolCall

    /// OpenAI's `finish_reason`.
    var openAI: String {
        switch self {
        case .stop: "stop"
        case .length: "length"
        case .toolCall: "tool_calls"
        }
    }

    /// Anthropic's `stop_reason`.
    var anthropic: String {
        switch self {
        case .stop: "end_turn"
        case .length: "max_tokens"
        case .toolCall: "tool_use"
        }
    }

    /// Gemini's `finishReason`.
    var gemini: String {
        switch self {
        case .stop, .toolCall: "STOP"
        case .length: "MAX_TOKENS"
        }
    }
}

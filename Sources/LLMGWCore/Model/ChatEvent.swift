/// Token counts for one call, as the provider reported them (or as llmgw estimated them).
public struct Usage: Sendable, Hashable {
    /// All prompt tokens, cached ones included.
    public var inputTokens: Int
    /// All completion tokens, reasoning ones included.
    public var outputTokens: Int
    /// The part of `inputTokens` read from the provider's prompt cache.
    public var cachedInputTokens: Int
    /// The part of `inputTokens` written to the provider's prompt cache.
    public var cacheWriteTokens: Int
    /// The part of `outputTokens` spent on hidden reasoning.
    public var reasoningTokens: Int

    public init(
        inputTokens: Int = 0, outputTokens: Int = 0, cachedInputTokens: Int = 0, cacheWriteTokens: Int = 0,
        reasoningTokens: Int = 0
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputTokens = cachedInputTokens
        self.cacheWriteTokens = cacheWriteTokens
        self.reasoningTokens = reasoningTokens
    }

    /// Input plus output tokens.
    public var totalTokens: Int { inputTokens + outputTokens }
}

/// Why the model stopped.
public enum FinishReason: Sendable, Hashable {
    /// A natural end or a stop sequence.
    case stop
    /// The output token limit was reached.
    case length
    /// The model is waiting for tool results.
    case toolCalls
    /// A safety filter stopped the output.
    case contentFilter
    /// Any other reason, with the provider's own word for it.
    case other(String)

    /// The reason as written in llmgw's JSON output.
    public var name: String {
        switch self {
        case .stop: "stop"
        case .length: "length"
        case .toolCalls: "tool_calls"
        case .contentFilter: "content_filter"
        case .other(let raw): raw
        }
    }
}

/// A piece of a tool call as it streams: the first piece of a call carries its id and name.
public struct ToolCallDelta: Sendable, Hashable {
    /// Which call of the message this piece belongs to (0-based).
    public var index: Int
    public var id: String?
    public var name: String?
    /// A piece of the arguments' JSON text, to be concatenated.
    public var argumentsFragment: String

    public init(index: Int, id: String? = nil, name: String? = nil, argumentsFragment: String = "") {
        self.index = index
        self.id = id
        self.name = name
        self.argumentsFragment = argumentsFragment
    }
}

/// What a provider adapter yields while a call runs, streamed or not.
public enum ChatEvent: Sendable, Hashable {
    /// Response metadata: the provider's response id and the model that actually served.
    case started(id: String?, model: String?)
    /// A piece of answer text.
    case textDelta(String)
    /// A piece of hidden reasoning text, where the provider shows it.
    case reasoningDelta(String)
    /// A piece of a tool call.
    case toolCallDelta(ToolCallDelta)
    /// Token counts; a later `usage` event replaces an earlier one.
    case usage(Usage)
    /// The model's stop reason; a stream that never yields one is truncated.
    case finish(FinishReason)
}

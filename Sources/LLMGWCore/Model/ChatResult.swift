/// What one call produced, folded from its events.
public struct ChatResult: Sendable, Hashable {
    public var responseID: String?
    /// The model that served, as the provider reported it.
    public var servedModel: String?
    public var text: String = ""
    public var reasoning: String = ""
    public var toolCalls: [ToolCall] = []
    /// The provider's reported usage, if any arrived.
    public var usage: Usage?
    /// `nil` until the model says why it stopped; a result without one is incomplete.
    public var finishReason: FinishReason?

    public init() {}

    /// Whether the model reached a stop reason (a truncated stream never does).
    public var isComplete: Bool { finishReason != nil }

    /// Folds one event into the result.
    public mutating func apply(_ event: ChatEvent) {
        switch event {
        case .started(let id, let model):
            if let id { responseID = id }
            if let model { servedModel = model }
        case .textDelta(let text):
            self.text += text
        case .reasoningDelta(let text):
            reasoning += text
        case .toolCallDelta(let delta):
            while toolCalls.count <= delta.index {
                toolCalls.append(ToolCall(id: "", name: "", arguments: ""))
            }
            if let id = delta.id, !id.isEmpty { toolCalls[delta.index].id = id }
            if let name = delta.name, !name.isEmpty { toolCalls[delta.index].name = name }
            toolCalls[delta.index].arguments += delta.argumentsFragment
        case .usage(let usage):
            self.usage = usage
        case .finish(let reason):
            finishReason = reason
        }
    }
}

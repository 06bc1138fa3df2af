/// A function the model may call.
public struct ToolDefinition: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// The arguments' JSON Schema.
    public var parameters: JSONValue

    public init(name: String, description: String? = nil, parameters: JSONValue = ["type": "object"]) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

/// Whether and which tool the model must call.
public enum ToolChoice: Sendable, Hashable {
    case auto
    case none
    /// Some tool must be called.
    case required
    /// This tool must be called.
    case function(String)
}

/// The shape the answer must take.
public enum ResponseFormat: Sendable, Hashable {
    case text
    /// Any JSON object.
    case jsonObject
    /// JSON that matches a schema.
    case jsonSchema(name: String, schema: JSONValue, strict: Bool)
}

/// One chat call, in no provider's format: what every command hands the engine.
public struct ChatRequest: Sendable, Hashable {
    /// The model as the provider names it (`gpt-4o-mini`), without the provider prefix.
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double?
    public var topP: Double?
    public var maxTokens: Int?
    public var stop: [String]
    public var seed: Int?
    public var tools: [ToolDefinition]
    public var toolChoice: ToolChoice?
    public var responseFormat: ResponseFormat?
    /// Whether to ask for a streamed (SSE) response.
    public var stream: Bool
    /// Extra body fields passed to the provider as they are (`-o key=value`).
    public var options: [String: JSONValue]

    public init(
        model: String, messages: [ChatMessage], temperature: Double? = nil, topP: Double? = nil,
        maxTokens: Int? = nil, stop: [String] = [], seed: Int? = nil, tools: [ToolDefinition] = [],
        toolChoice: ToolChoice? = nil, responseFormat: ResponseFormat? = nil, stream: Bool = true,
        options: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.maxTokens = maxTokens
        self.stop = stop
        self.seed = seed
        self.tools = tools
        self.toolChoice = toolChoice
        self.responseFormat = responseFormat
        self.stream = stream
        self.options = options
    }
}

/// What a model can do; `nil` means unknown, which never filters a target out.
public struct ModelCapabilities: Sendable, Hashable {
    /// Tool (function) calling.
    public var tools: Bool?
    /// Image input.
    public var vision: Bool?
    /// JSON mode (`response_format`).
    public var jsonMode: Bool?
    /// The context window in tokens.
    public var contextWindow: Int?
    /// The largest output in tokens.
    public var maxOutput: Int?

    /// Creates capabilities; everything unknown by default.
    public init(
        tools: Bool? = nil, vision: Bool? = nil, jsonMode: Bool? = nil, contextWindow: Int? = nil,
        maxOutput: Int? = nil
    ) {
        self.tools = tools
        self.vision = vision
        self.jsonMode = jsonMode
        self.contextWindow = contextWindow
        self.maxOutput = maxOutput
    }

    /// Everything supported, window unknown: the built-in mock.
    public static let all = ModelCapabilities(tools: true, vision: true, jsonMode: true)

    /// Fills the unknown fields of `self` from `other`.
    public func merged(over other: ModelCapabilities) -> ModelCapabilities {
        ModelCapabilities(
            tools: tools ?? other.tools, vision: vision ?? other.vision, jsonMode: jsonMode ?? other.jsonMode,
            contextWindow: contextWindow ?? other.contextWindow, maxOutput: maxOutput ?? other.maxOutput)
    }

    /// Whether the named capability (`tools`, `vision`, `json`) is known to be missing.
    public func lacks(_ name: String) -> Bool {
        switch name {
        case "tools": tools == false
        case "vision": vision == false
        case "json", "json_mode": jsonMode == false
        default: false
        }
    }
}

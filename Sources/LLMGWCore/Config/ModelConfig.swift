/// One entry under `models:`, keyed by `provider/model`: price, limits and capabilities.
public struct ModelConfig: Sendable, Hashable {
    /// Price per 1M tokens (`price`); `nil` when unknown.
    public var price: ModelPrice?
    /// The context window in tokens (`context`).
    public var context: Int?
    /// The largest output in tokens (`max_output`).
    public var maxOutput: Int?
    /// Whether the model can call tools (`tools`).
    public var tools: Bool?
    /// Whether the model accepts images (`vision`).
    public var vision: Bool?
    /// Other capability names (`capabilities`), e.g. `json`, `reasoning`.
    public var capabilities: [String]

    /// Creates a model entry.
    public init(
        price: ModelPrice? = nil, context: Int? = nil, maxOutput: Int? = nil, tools: Bool? = nil, vision: Bool? = nil,
        capabilities: [String] = []
    ) {
        self.price = price
        self.context = context
        self.maxOutput = maxOutput
        self.tools = tools
        self.vision = vision
        self.capabilities = capabilities
    }
}

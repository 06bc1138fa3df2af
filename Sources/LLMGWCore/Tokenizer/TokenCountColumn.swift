/// One way of counting in a ``TokenCountReport``: an encoding, or a model's counter.
public struct TokenCountColumn: Sendable, Hashable {
    /// What the column is called: the encoding name or the model reference as given.
    public let label: String
    /// The model reference, when the column is for a model.
    public let model: String?
    /// The encoding whose counts fill the column (for an estimate, the proxy).
    public let encoding: TokenEncodingName
    /// Whether the counts are exact rather than estimated.
    public let isExact: Bool
    /// How the counts are made, for people (see ``TokenCounter/method``).
    public let method: String

    /// A column of exact counts in `encoding`.
    public init(encoding: TokenEncodingName) {
        let counter = TokenCounter(encoding: encoding)
        self.label = encoding.rawValue
        self.model = nil
        self.encoding = encoding
        self.isExact = true
        self.method = counter.method
    }

    /// A column of counts for `model`: exact for OpenAI models, a labelled estimate otherwise.
    public init(model: String) {
        let counter = TokenCounter.forModel(model)
        self.label = model
        self.model = model
        self.encoding = counter.encoding
        self.isExact = counter.isExact
        self.method = counter.method
    }
}

/// One way of counting in a ``TokenCountReport``: an encoding, a model's counter, or a provider's
/// own count-tokens endpoint.
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
    /// The correction applied to the proxy's counts, for a calibrated estimate.
    public let calibration: TokenCalibration?
    /// The provider endpoint whose counts fill the column (`anthropic count_tokens`), when counted there.
    public let countedBy: String?

    /// A column of exact counts in `encoding`.
    public init(encoding: TokenEncodingName) {
        self.init(label: encoding.rawValue, model: nil, counter: TokenCounter(encoding: encoding))
    }

    /// A column of counts for `model`: exact for OpenAI models, an uncalibrated estimate otherwise.
    public init(model: String) {
        self.init(model: model, calibration: nil)
    }

    /// A column of counts for `model`: exact for OpenAI models, otherwise an estimate calibrated from
    /// `calibration` when it has enough calls of the model or its family.
    public init(model: String, calibration: TokenCalibrationTable?) {
        self.init(label: model, model: model, counter: TokenCounter.forModel(model, calibration: calibration))
    }

    /// A column for `model` whose counts come from the provider's count-tokens endpoint (exact).
    /// - Parameters:
    ///   - model: the model reference.
    ///   - endpointName: the endpoint, for people (`anthropic count_tokens`, `gemini countTokens`).
    public init(model: String, countedBy endpointName: String) {
        label = model
        self.model = model
        encoding = .o200kBase
        isExact = true
        method = "exact (\(endpointName))"
        calibration = nil
        countedBy = endpointName
    }

    private init(label: String, model: String?, counter: TokenCounter) {
        self.label = label
        self.model = model
        self.encoding = counter.encoding
        self.isExact = counter.isExact
        self.method = counter.method
        self.calibration = counter.calibration
        self.countedBy = nil
    }
}

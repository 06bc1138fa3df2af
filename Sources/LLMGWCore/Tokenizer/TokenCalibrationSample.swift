/// One logged call usable for calibration: the provider's reported prompt tokens and llmgw's estimate.
public struct TokenCalibrationSample: Sendable, Hashable {
    /// The provider name (`anthropic`).
    public var provider: String
    /// The model, without the provider (`claude-haiku-4-5`).
    public var model: String
    /// Prompt tokens the provider reported.
    public var reportedTokens: Int
    /// llmgw's uncalibrated estimate of the same prompt.
    public var estimatedTokens: Int

    /// Creates a sample.
    public init(provider: String, model: String, reportedTokens: Int, estimatedTokens: Int) {
        self.provider = provider
        self.model = model
        self.reportedTokens = reportedTokens
        self.estimatedTokens = estimatedTokens
    }
}

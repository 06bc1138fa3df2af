/// A correction for estimated token counts of one model or tokenizer family: the median ratio of the
/// prompt tokens providers reported to llmgw's own estimate of the same prompts, from the request log.
public struct TokenCalibration: Sendable, Hashable {
    /// Reported tokens per estimated token (e.g. `1.18`: the provider counts 18% more).
    public let ratio: Double
    /// How many logged calls the ratio comes from.
    public let samples: Int
    /// What the ratio was measured on: a model (`anthropic/claude-haiku-4-5`) or a family (`claude`).
    public let scope: String

    /// Creates a calibration.
    /// - Parameters:
    ///   - ratio: reported tokens per estimated token; must be positive.
    ///   - samples: the number of calls behind it.
    ///   - scope: the model reference or family it applies to.
    public init(ratio: Double, samples: Int, scope: String) {
        self.ratio = ratio
        self.samples = samples
        self.scope = scope
    }

    /// `count` corrected by the ratio, rounded to the nearest token.
    public func apply(_ count: Int) -> Int {
        Int((Double(count) * ratio).rounded())
    }
}

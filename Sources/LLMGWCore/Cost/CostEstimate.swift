import Foundation

/// What one model would charge for a prompt: tokens, prices and cost per call and per 1,000 calls.
public struct CostEstimate: Sendable, Hashable {
    /// `provider/model`.
    public var model: String
    /// Prompt tokens.
    public var inputTokens: Int
    /// Expected completion tokens.
    public var outputTokens: Int
    /// Whether `inputTokens` is an exact count (the model's own tokenizer) rather than an estimate.
    public var tokensExact: Bool
    /// The tokenizer used (`o200k_base`, `estimate`, …).
    public var encoding: String
    /// The catalog entry, `nil` when the model has no known price.
    public var entry: CatalogEntry?
    /// The price of one call in micro-dollars, `nil` when unknown.
    public var costMicros: Int64?
    /// The price of 1,000 calls in micro-dollars, `nil` when unknown.
    public var per1kMicros: Int64?
    /// How `inputTokens` was counted, for people: `exact (o200k_base)`, `exact (anthropic count_tokens)`,
    /// `estimate (calibrated from 12 calls)` or `estimate (uncalibrated)`.
    public var tokensMethod: String
    /// How many logged calls calibrated the estimate, when it is calibrated.
    public var calibrationSamples: Int?
    /// Whether the provider's count-tokens endpoint counted `inputTokens`.
    public var countedByProvider: Bool

    /// Creates an estimate.
    public init(
        model: String, inputTokens: Int, outputTokens: Int, tokensExact: Bool, encoding: String,
        entry: CatalogEntry?, costMicros: Int64?, per1kMicros: Int64?, tokensMethod: String? = nil,
        calibrationSamples: Int? = nil, countedByProvider: Bool = false
    ) {
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.tokensExact = tokensExact
        self.encoding = encoding
        self.entry = entry
        self.costMicros = costMicros
        self.per1kMicros = per1kMicros
        self.tokensMethod = tokensMethod ?? (tokensExact ? "exact (\(encoding))" : "estimate (uncalibrated)")
        self.calibrationSamples = calibrationSamples
        self.countedByProvider = countedByProvider
    }

    /// Whether the prompt and expected output fit the model's context window (`nil` when unknown).
    public var fitsContext: Bool? {
        guard let context = entry?.context else { return nil }
        return inputTokens + outputTokens <= context
    }

    /// How many completion tokens to expect.
    public enum Output: Sendable, Hashable {
        /// A fixed count.
        case tokens(Int)
        /// A multiple of the prompt's tokens (rounded up).
        case ratio(Decimal)
    }

    /// Prices `messages` on each model and sorts the results cheapest first (unknown prices last).
    /// - Parameters:
    ///   - messages: the prompt.
    ///   - models: `(provider, model, kind)` of each candidate.
    ///   - output: the expected completion size; capped at a model's `max_output` when known.
    ///   - calculator: prices from the catalog and the config.
    ///   - calibration: calibrations from the request log for estimated counts, or `nil` for none.
    ///   - counted: prompt counts the providers made themselves, by `provider/model`; they replace
    ///     llmgw's count for those models.
    /// - Returns: one estimate per model.
    public static func estimate(
        messages: [ChatMessage], models: [(provider: String, model: String, kind: ProviderKind)], output: Output,
        calculator: CostCalculator, calibration: TokenCalibrationTable? = nil,
        counted: [String: ProviderTokenCount] = [:]
    ) -> [CostEstimate] {
        var estimates: [CostEstimate] = []
        for candidate in models {
            let id = "\(candidate.provider)/\(candidate.model)"
            let counter = TokenCounter.forModel(id, calibration: calibration)
            let providerCount = counted[id]
            let input = providerCount?.tokens ?? counter.countChat(messages)
            var completion: Int
            switch output {
            case .tokens(let count): completion = max(0, count)
            case .ratio(let ratio):
                var product = Decimal(input) * ratio
                var up = Decimal()
                NSDecimalRound(&up, &product, 0, .up)
                completion = max(0, NSDecimalNumber(decimal: up).intValue)
            }
            var entry = calculator.catalog.entry(provider: candidate.provider, model: candidate.model)
            if let limit = entry?.maxOutput { completion = min(completion, limit) }
            var price = entry?.price
            if price == nil, candidate.kind == .mock {
                price = ModelPrice(input: 0, output: 0)
                entry = CatalogEntry(
                    provider: candidate.provider, model: candidate.model, price: ModelPrice(input: 0, output: 0),
                    source: "built-in mock", origin: .embedded)
            }
            let usage = Usage(inputTokens: input, outputTokens: completion)
            let exact = price.map { CostCalculator.exactMicros(usage: usage, price: $0) }
            estimates.append(
                CostEstimate(
                    model: id, inputTokens: input, outputTokens: completion,
                    tokensExact: providerCount != nil || counter.isExact,
                    encoding: providerCount?.endpointName ?? counter.encodingName, entry: entry,
                    costMicros: exact.map(CostCalculator.rounded),
                    per1kMicros: exact.map { CostCalculator.rounded($0 * 1000) },
                    tokensMethod: providerCount.map { "exact (\($0.endpointName))" } ?? counter.method,
                    calibrationSamples: providerCount == nil ? counter.calibration?.samples : nil,
                    countedByProvider: providerCount != nil))
        }
        return estimates.sorted { left, right in
            switch (left.per1kMicros, right.per1kMicros) {
            case (let l?, let r?): l != r ? l < r : left.model < right.model
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): left.model < right.model
            }
        }
    }
}

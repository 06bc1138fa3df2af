/// Counts the tokens of text for a model: exactly where llmgw knows the model's encoding,
/// otherwise as a labelled estimate.
///
/// OpenAI models (`gpt-4o`, `gpt-4.1`, `gpt-5`, `o3`, `gpt-4`, `gpt-3.5-turbo`, …) are counted
/// exactly with tiktoken's `o200k_base` or `cl100k_base`. Other families (Anthropic, Gemini,
/// Llama, Mistral, …) get an estimate: the o200k_base count of the same text, corrected by a
/// ``TokenCalibration`` from the request log when one is given (``forModel(_:calibration:)``).
public struct TokenCounter: Sendable {
    /// The encoding's name (`o200k_base`, `cl100k_base`), or `estimate` for an approximation.
    public let encodingName: String
    /// Whether counts are exact (the model's own tokenizer) rather than estimated.
    public let isExact: Bool
    /// The encoding whose counts this counter gives: the model's own, or the proxy for an estimate.
    public let encoding: TokenEncodingName
    /// The correction applied to estimated counts; `nil` for exact or uncalibrated counts.
    public let calibration: TokenCalibration?

    /// Tokens OpenAI adds to every chat message (`<|start|>{role}…<|end|>` framing, role excluded).
    public static let tokensPerMessage = 3
    /// Tokens OpenAI adds when a message carries a `name`.
    public static let tokensPerName = 1
    /// Tokens OpenAI adds once per request, priming the reply (`<|start|>assistant<|message|>`).
    public static let tokensPerReply = 3

    /// An exact counter for an encoding.
    public init(encoding: TokenEncodingName) {
        self.encodingName = encoding.rawValue
        self.isExact = true
        self.encoding = encoding
        self.calibration = nil
    }

    /// An estimating counter, which counts with `proxy`, corrects by `calibration` and says it estimates.
    private init(estimatingWith proxy: TokenEncodingName, calibration: TokenCalibration?) {
        self.encodingName = "estimate"
        self.isExact = false
        self.encoding = proxy
        self.calibration = calibration
    }

    /// The counter for a model reference (`openai/gpt-4o`, `gpt-4o`, `anthropic/claude-…`); estimates
    /// are uncalibrated.
    public static func forModel(_ model: String) -> TokenCounter {
        forModel(model, calibration: nil)
    }

    /// The counter for a model reference, with estimates calibrated from `calibration` when it has
    /// enough calls of the model or its family.
    /// - Parameters:
    ///   - model: `provider/model`.
    ///   - calibration: calibrations from the request log (``TokenCalibrationTable/query(database:limit:)``),
    ///     or `nil` for none.
    /// - Returns: an exact counter for OpenAI models, otherwise a labelled estimate.
    public static func forModel(_ model: String, calibration: TokenCalibrationTable?) -> TokenCounter {
        if let encoding = ModelEncodingMap.encoding(forModel: model) { return TokenCounter(encoding: encoding) }
        return TokenCounter(estimatingWith: .o200kBase, calibration: calibration?.calibration(forModel: model))
    }

    /// How the counts are made, for people: `exact (o200k_base)`, `estimate (calibrated from 12 calls)`
    /// or `estimate (uncalibrated)`.
    public var method: String {
        if isExact { return "exact (\(encoding.rawValue))" }
        if let calibration { return "estimate (calibrated from \(calibration.samples) calls)" }
        return "estimate (uncalibrated)"
    }

    /// The tokens in `text` (calibrated when the counter has a calibration).
    public func count(_ text: String) -> Int {
        calibrated(TokenEncoding(encoding).count(text))
    }

    /// `count` corrected by the calibration, if any.
    public func calibrated(_ count: Int) -> Int {
        calibration?.apply(count) ?? count
    }

    /// The prompt tokens of a chat request, with the per-message overhead providers add.
    ///
    /// Counted as OpenAI's usage reports do for current chat models (the OpenAI cookbook's
    /// `num_tokens_from_messages`): 3 tokens per message plus its role and content, 1 more plus
    /// the name when there is a name, and 3 for the reply. Tool calls add their name and argument
    /// tokens (OpenAI does not publish that framing, so those are approximate); images are not counted.
    /// An estimate with a calibration is corrected as a whole.
    public func countChat(_ messages: [ChatMessage]) -> Int {
        let encoding = TokenEncoding(encoding)
        var total = Self.tokensPerReply
        for message in messages {
            total += Self.tokensPerMessage + encoding.count(message.role.rawValue) + encoding.count(message.text)
            if let name = message.name { total += Self.tokensPerName + encoding.count(name) }
            for call in message.toolCalls {
                total += encoding.count(call.name) + encoding.count(call.arguments)
            }
        }
        return calibrated(total)
    }
}

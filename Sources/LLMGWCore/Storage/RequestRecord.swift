import Foundation
import GRDB

/// One model call in the request log (`request` table): what ran, how it went, what it cost.
public struct RequestRecord: Sendable, Hashable, Codable {
    /// A unique id (a UUID unless the caller chooses one).
    public var id: String
    /// When the call started.
    public var startedAt: Date
    /// The llmgw command that made it (`chat`, `bench`, `serve`, …).
    public var command: String
    /// The route used, if any.
    public var route: String?
    /// The provider that served (or failed).
    public var provider: String
    /// The model as referenced, without the provider prefix.
    public var model: String
    /// How the call ended.
    public var status: Status
    /// The failure's class (`rate_limited`, `timeout`, …) when it failed.
    public var errorClass: String?
    /// The failure's message, already redacted by the caller.
    public var errorMessage: String?
    /// Prompt tokens (cached ones included).
    public var inputTokens: Int?
    /// Completion tokens (reasoning ones included).
    public var outputTokens: Int?
    /// The part of `inputTokens` read from the prompt cache.
    public var cachedInputTokens: Int?
    /// The part of `outputTokens` spent on reasoning.
    public var reasoningTokens: Int?
    /// Where the token counts came from.
    public var usageSource: UsageSource
    /// The cost in micro-dollars; `nil` when the price is unknown (never 0 for unknown).
    public var costMicros: Int64?
    /// Wall time of the whole call, retries included.
    public var latencyMs: Int
    /// Time to the first token, for streamed calls.
    public var ttftMs: Int?
    /// How many attempts were made.
    public var attempts: Int
    /// Why the model stopped (`stop`, `length`, …), as llmgw writes it in JSON.
    public var finishReason: String?
    /// Whether the response was streamed.
    public var streamed: Bool
    /// The provider's request id (`x-request-id`), if given.
    public var requestID: String?
    /// The conversation this call belongs to, for `chat`.
    public var conversationID: String?
    /// Every attempt (target, outcome, wait, note) and skipped candidate of a routed call, as JSON.
    public var attemptsDetail: String?
    /// The key that served the call: a stored key as `provider/name`, a variable as `env:NAME`; never the secret.
    public var keyName: String?
    /// llmgw's own uncalibrated estimate of the prompt's tokens (see ``TokenEstimator/calibrationBasis(for:)``),
    /// logged next to the provider's `inputTokens` so estimates can be calibrated against them.
    public var estimatedInputTokens: Int?

    /// Creates a record; optional facts default to unknown.
    public init(
        id: String = UUID().uuidString, startedAt: Date, command: String, route: String? = nil, provider: String,
        model: String, status: Status, errorClass: String? = nil, errorMessage: String? = nil,
        inputTokens: Int? = nil, outputTokens: Int? = nil, cachedInputTokens: Int? = nil, reasoningTokens: Int? = nil,
        usageSource: UsageSource = .none, costMicros: Int64? = nil, latencyMs: Int, ttftMs: Int? = nil,
        attempts: Int = 1, finishReason: String? = nil, streamed: Bool = false, requestID: String? = nil,
        conversationID: String? = nil, keyName: String? = nil, estimatedInputTokens: Int? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.command = command
        self.route = route
        self.provider = provider
        self.model = model
        self.status = status
        self.errorClass = errorClass
        self.errorMessage = errorMessage
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedInputTokens = cachedInputTokens
        self.reasoningTokens = reasoningTokens
        self.usageSource = usageSource
        self.costMicros = costMicros
        self.latencyMs = latencyMs
        self.ttftMs = ttftMs
        self.attempts = attempts
        self.finishReason = finishReason
        self.streamed = streamed
        self.requestID = requestID
        self.conversationID = conversationID
        self.keyName = keyName
        self.estimatedInputTokens = estimatedInputTokens
    }

    enum CodingKeys: String, CodingKey {
        case id, startedAt, command, route, provider, model, status, errorClass, errorMessage, inputTokens
        case outputTokens, cachedInputTokens, reasoningTokens, usageSource, costMicros, latencyMs, ttftMs, attempts
        case finishReason, streamed, attemptsDetail, keyName, estimatedInputTokens
        case requestID = "requestId"
        case conversationID = "conversationId"
    }
}

extension RequestRecord: FetchableRecord, PersistableRecord {
    /// The table name.
    public static var databaseTableName: String { "request" }
    /// Columns are snake_case (`started_at`, `cost_micros`) for hand-written report queries.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

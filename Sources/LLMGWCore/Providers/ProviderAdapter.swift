/// One server-sent event, after SSE framing (see ``SSEDecoder``).
public struct SSEEvent: Sendable, Hashable {
    /// The `event:` field, `message` when absent.
    public var type: String
    /// The `data:` lines joined with `\n`.
    public var data: String
    /// The last `id:` seen.
    public var id: String?

    public init(type: String = "message", data: String, id: String? = nil) {
        self.type = type
        self.data = data
        self.id = id
    }
}

/// Turns one provider's stream of SSE events into ``ChatEvent``s. One decoder per response.
public protocol ChatStreamDecoder {
    /// Decodes one SSE event.
    /// - Returns: the chat events it carries (often one, sometimes none).
    /// - Throws: ``ProviderError`` for an error event or an event that is not the provider's format.
    mutating func decode(_ event: SSEEvent) throws(ProviderError) -> [ChatEvent]

    /// Whether the provider's terminal marker has arrived (`[DONE]`, `message_stop`, a finish reason).
    var isFinished: Bool { get }

    /// Called at the end of the body.
    /// - Returns: events held back until the end, if any.
    /// - Throws: ``ProviderError/streamTruncated(message:)`` when the terminal marker never came.
    mutating func finish() throws(ProviderError) -> [ChatEvent]
}

/// Speaks one provider's wire format: encodes requests, decodes responses, streams and errors.
public protocol ProviderAdapter: Sendable {
    /// Builds the HTTP request for `request` sent to `endpoint`.
    /// - Throws: ``ProviderError/badRequest(message:)`` when the request cannot be expressed for
    ///   this provider.
    func encode(_ request: ChatRequest, endpoint: ProviderEndpoint) throws(ProviderError) -> HTTPRequest

    /// Decodes a whole successful (2xx) non-streamed response body.
    /// - Throws: ``ProviderError/malformedResponse(message:)`` or an error carried in the body.
    func decodeResponse(_ body: [UInt8]) throws(ProviderError) -> [ChatEvent]

    /// A new decoder for one streamed response.
    func makeStreamDecoder() -> any ChatStreamDecoder

    /// Maps a non-2xx response to a typed error.
    func decodeError(status: Int, headers: HTTPHeaders, body: [UInt8]) -> ProviderError
}

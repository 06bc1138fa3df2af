/// The tool call the mock answers with when a prompt says `call <tool>`.
struct MockToolCall: Sendable, Hashable {
    /// The fixed arguments of every mock tool call.
    static let argumentsText = #"{"query":"mock"}"#
    /// The same arguments as a value, for formats that send objects.
    static let arguments: JSONValue = ["query": "mock"]

    /// The tool's name, as declared in the request.
    var name: String
    /// The call id (`call_…` / `toolu_…` style suffix).
    var id: String
    /// ``argumentsText`` cut into stream pieces.
    var argumentPieces: [String] = MockTokenizer.pieces(MockToolCall.argumentsText)

    /// Output tokens: one for the name plus the tokens of the arguments text.
    var tokenCount: Int { 1 + argumentPieces.count }
}

/// The provider format a mock endpoint speaks: it decides the request shape, the response and
/// stream shapes, and the error body.
enum MockWireFormat: Sendable, Hashable {
    case openai
    case anthropic
    case gemini
}

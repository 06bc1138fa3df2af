import Foundation

/// A saved chat: its model and messages, so `llmgw chat -c` can continue it.
public struct Conversation: Sendable, Hashable {
    /// A unique id.
    public var id: String
    /// The model or route reference the chat used.
    public var model: String
    /// When it was started.
    public var createdAt: Date
    /// When a message was last added.
    public var updatedAt: Date
    /// The messages in order; only text, tool calls and tool-call ids are kept (no images).
    public var messages: [ChatMessage]

    /// Creates a conversation value.
    public init(id: String, model: String, createdAt: Date, updatedAt: Date, messages: [ChatMessage]) {
        self.id = id
        self.model = model
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.messages = messages
    }
}

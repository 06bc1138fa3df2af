import Foundation
import GRDB

/// One row of the `conversation_message` table: a message's role, text and tool calls as JSON.
struct ConversationMessageRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "conversation_message"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var conversationId: String
    var position: Int
    var role: String
    var text: String
    /// `[{"id":…,"name":…,"arguments":…}]`, or `nil` when there are none.
    var toolCalls: String?
    var toolCallId: String?
    var name: String?
    var createdAt: Date

    init(message: ChatMessage, conversationID: String, position: Int, createdAt: Date) {
        conversationId = conversationID
        self.position = position
        role = message.role.rawValue
        text = message.text
        if message.toolCalls.isEmpty {
            toolCalls = nil
        } else {
            toolCalls = JSONValue.array(
                message.toolCalls.map { call in
                    ["id": .string(call.id), "name": .string(call.name), "arguments": .string(call.arguments)]
                }
            ).serialized()
        }
        toolCallId = message.toolCallID
        name = message.name
        self.createdAt = createdAt
    }

    /// The stored message; an unknown role reads as `user`.
    var message: ChatMessage {
        var calls: [ToolCall] = []
        if let toolCalls, let array = (try? JSONValue.parse(toolCalls))?.arrayValue {
            calls = array.map { call in
                ToolCall(
                    id: call["id"]?.stringValue ?? "", name: call["name"]?.stringValue ?? "",
                    arguments: call["arguments"]?.stringValue ?? "")
            }
        }
        return ChatMessage(
            role: ChatRole(rawValue: role) ?? .user, content: text.isEmpty ? [] : [.text(text)], toolCalls: calls,
            toolCallID: toolCallId, name: name)
    }
}

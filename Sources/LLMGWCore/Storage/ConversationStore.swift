import Foundation
import GRDB

/// Saved chat conversations, so `llmgw chat -c` continues the last one.
public final class ConversationStore: Sendable {
    /// The database the conversations live in.
    public let database: LLMGWDatabase

    /// Creates a store on `database`.
    public init(database: LLMGWDatabase) {
        self.database = database
    }

    /// Starts a new conversation.
    /// - Parameters:
    ///   - model: the model or route reference in use.
    ///   - messages: the first messages, if any.
    ///   - now: the creation time.
    /// - Returns: the saved conversation.
    /// - Throws: ``StorageError/writeFailed(path:reason:)``.
    @discardableResult
    public func create(
        model: String, messages: [ChatMessage] = [], now: Date = Date()
    ) throws(StorageError)
        -> Conversation
    {
        let conversation = Conversation(
            id: UUID().uuidString, model: model, createdAt: now, updatedAt: now, messages: messages)
        try write { db in
            try ConversationRow(id: conversation.id, model: model, createdAt: now, updatedAt: now).insert(db)
            for (position, message) in messages.enumerated() {
                try ConversationMessageRow(
                    message: message, conversationID: conversation.id, position: position, createdAt: now
                ).insert(db)
            }
        }
        return conversation
    }

    /// Saves a conversation's whole message list, replacing what was stored (the REPL calls it after each turn).
    /// - Parameters:
    ///   - id: the conversation, or `nil` (or an unknown id) to start a new one.
    ///   - model: the model or route reference in use.
    ///   - messages: every message so far.
    ///   - now: the time of the save.
    /// - Returns: the conversation's id.
    /// - Throws: ``StorageError/writeFailed(path:reason:)``.
    @discardableResult
    public func save(
        id: String?, model: String, messages: [ChatMessage], now: Date = Date()
    ) throws(StorageError)
        -> String
    {
        try write { db -> String in
            let conversationID: String
            if let id, var row = try ConversationRow.fetchOne(db, key: id) {
                conversationID = id
                row.model = model
                row.updatedAt = now
                try row.update(db)
                try ConversationMessageRow.filter(Column("conversation_id") == id).deleteAll(db)
            } else {
                conversationID = id ?? UUID().uuidString
                try ConversationRow(id: conversationID, model: model, createdAt: now, updatedAt: now).insert(db)
            }
            for (position, message) in messages.enumerated() {
                try ConversationMessageRow(
                    message: message, conversationID: conversationID, position: position, createdAt: now
                ).insert(db)
            }
            return conversationID
        }
    }

    /// Adds messages to the end of a conversation, in one transaction.
    /// - Parameters:
    ///   - messages: the new messages.
    ///   - conversationID: the conversation.
    ///   - model: the model now in use, when it changed (`/model`).
    ///   - now: the time of the change.
    /// - Throws: ``StorageError/conversationNotFound(id:)`` or ``StorageError/writeFailed(path:reason:)``.
    public func append(
        _ messages: [ChatMessage], to conversationID: String, model: String? = nil, now: Date = Date()
    ) throws(StorageError) {
        let found = try write { db -> Bool in
            guard var row = try ConversationRow.fetchOne(db, key: conversationID) else { return false }
            let next =
                try Int.fetchOne(
                    db, sql: "SELECT MAX(position) FROM conversation_message WHERE conversation_id = ?",
                    arguments: [conversationID]
                ).map { $0 + 1 } ?? 0
            for (offset, message) in messages.enumerated() {
                try ConversationMessageRow(
                    message: message, conversationID: conversationID, position: next + offset, createdAt: now
                ).insert(db)
            }
            row.updatedAt = now
            if let model { row.model = model }
            try row.update(db)
            return true
        }
        if !found { throw .conversationNotFound(id: conversationID) }
    }

    /// The most recently updated conversation, with its messages.
    /// - Returns: the conversation, or `nil` when none was saved.
    /// - Throws: ``StorageError/readFailed(path:reason:)``.
    public func lastConversation() throws(StorageError) -> Conversation? {
        try read { db in
            guard
                let row = try ConversationRow.order(Column("updated_at").desc, Column("created_at").desc).fetchOne(db)
            else { return nil }
            return try Self.conversation(row, db)
        }
    }

    /// One conversation by id, with its messages.
    /// - Throws: ``StorageError/readFailed(path:reason:)``.
    public func conversation(id: String) throws(StorageError) -> Conversation? {
        try read { db in
            guard let row = try ConversationRow.fetchOne(db, key: id) else { return nil }
            return try Self.conversation(row, db)
        }
    }

    private static func conversation(_ row: ConversationRow, _ db: Database) throws -> Conversation {
        let messages = try ConversationMessageRow.filter(Column("conversation_id") == row.id)
            .order(Column("position")).fetchAll(db).map(\.message)
        return Conversation(
            id: row.id, model: row.model, createdAt: row.createdAt, updatedAt: row.updatedAt, messages: messages)
    }

    private func write<T: Sendable>(_ body: (Database) throws -> T) throws(StorageError) -> T {
        do {
            return try database.pool.write(body)
        } catch {
            throw .writeFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
    }

    private func read<T: Sendable>(_ body: (Database) throws -> T) throws(StorageError) -> T {
        do {
            return try database.pool.read(body)
        } catch {
            throw .readFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
    }
}

import Foundation
import Testing

@testable import LLMGWCore

@Suite struct ConversationStoreTests {
    @Test func roundTripsAndContinuesTheLastConversation() async throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("llmgw.db")
        let store = ConversationStore(database: try LLMGWDatabase(path: path))
        #expect(try store.lastConversation() == nil)

        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let older = try store.create(model: "openai/gpt-4o", messages: [.text(.user, "old")], now: start)
        let first: [ChatMessage] = [.text(.system, "be brief"), .text(.user, "weather in Paris?")]
        let conversation = try store.create(model: "mock/echo", messages: first, now: start.addingTimeInterval(10))
        let toolTurn: [ChatMessage] = [
            ChatMessage(
                role: .assistant, content: [],
                toolCalls: [ToolCall(id: "call_1", name: "get_weather", arguments: "{\"city\":\"Paris\"}")]),
            ChatMessage(role: .tool, content: [.text("{\"temp\":20}")], toolCallID: "call_1", name: "get_weather"),
            .text(.assistant, "20 °C."),
        ]
        try store.append(toolTurn, to: conversation.id, model: "fast", now: start.addingTimeInterval(20))

        let reopened = ConversationStore(database: try LLMGWDatabase(path: path))
        let last = try #require(try reopened.lastConversation())
        #expect(last.id == conversation.id)
        #expect(last.model == "fast")
        #expect(last.messages == first + toolTurn)
        #expect(last.createdAt == start.addingTimeInterval(10))
        #expect(last.updatedAt == start.addingTimeInterval(20))

        try reopened.append([.text(.user, "again")], to: older.id, now: start.addingTimeInterval(30))
        #expect(try reopened.lastConversation()?.id == older.id)
        #expect(try reopened.conversation(id: older.id)?.messages.map(\.text) == ["old", "again"])
    }

    @Test func appendingToAMissingConversationFails() async throws {
        let directory = try StorageTestDirectory()
        let store = ConversationStore(database: try LLMGWDatabase(path: directory.file("llmgw.db")))
        #expect(throws: StorageError.conversationNotFound(id: "nope")) {
            try store.append([.text(.user, "hi")], to: "nope")
        }
    }
}

@Suite struct ConversationStoreSaveTests {
    @Test func saveReplacesTheMessagesOfOneConversation() async throws {
        let directory = try StorageTestDirectory()
        let store = ConversationStore(database: try LLMGWDatabase(path: directory.file("llmgw.db")))
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let id = try store.save(id: nil, model: "mock/echo", messages: [.text(.user, "hi")], now: start)
        let again = try store.save(
            id: id, model: "mock/other", messages: [.text(.user, "hi"), .text(.assistant, "hello")],
            now: start.addingTimeInterval(5))
        #expect(again == id)
        let last = try #require(try store.lastConversation())
        #expect(last.id == id)
        #expect(last.model == "mock/other")
        #expect(last.messages.map(\.text) == ["hi", "hello"])
        #expect(last.createdAt == start)
    }
}

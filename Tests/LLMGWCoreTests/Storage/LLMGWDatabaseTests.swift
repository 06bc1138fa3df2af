import Foundation
import Testing

@testable import LLMGWCore

@Suite struct LLMGWDatabaseTests {
    @Test func createsPrivateParentFolders() async throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("a/b/llmgw.db")
        let database = try LLMGWDatabase(path: path)
        #expect(database.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.file("a/b"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let fileAttributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((fileAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func unwritablePathIsAnIOErrorNamingThePathAndLLMGWDB() async throws {
        let directory = try StorageTestDirectory()
        let blocker = try directory.write("not-a-folder", "x")
        let path = blocker + "/sub/llmgw.db"
        let error = try #require(throws: StorageError.self) { try LLMGWDatabase(path: path) }
        #expect(error.failureClass == .io)
        #expect(error.message.contains(blocker))
        #expect(error.message.contains("LLMGW_DB"))

        let directParent = blocker + "/llmgw.db"
        let direct = try #require(throws: StorageError.self) { try LLMGWDatabase(path: directParent) }
        #expect(direct.failureClass == .io)
        #expect(direct.message.contains("LLMGW_DB"))
    }

    @Test func aFileThatIsNotADatabaseIsAnIOError() async throws {
        let directory = try StorageTestDirectory()
        let path = try directory.write("garbage.db", String(repeating: "this is not sqlite ", count: 200))
        let error = try #require(throws: StorageError.self) { try LLMGWDatabase(path: path) }
        #expect(error.failureClass == .io)
        #expect(error.message.contains(path))
    }

    @Test func reopeningRunsNoMigrationTwice() async throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("llmgw.db")
        _ = try LLMGWDatabase(path: path)
        _ = try LLMGWDatabase(path: path)
    }
}

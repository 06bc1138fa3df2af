import Foundation
import Testing

@testable import LLMGWCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct KeyStoreTests {
    static let secretA = "test-key-0000-aaaaaaaaaaaaaaaa"
    static let secretB = "test-key-0000-bbbbbbbbbbbbbbbb"

    private func mode(_ path: String) -> Int {
        var status = stat()
        #expect(stat(path, &status) == 0)
        return Int(status.st_mode) & 0o777
    }

    @Test func writesTheFile0600InA0700FolderAndReadsItBack() throws {
        let home = try StorageTestDirectory()
        let store = KeyStore(path: home.file("llmgw/keys.json"))
        let added = Date(timeIntervalSince1970: 1_700_000_000)
        try store.set(provider: "openai", name: "work", secret: APIKey(Self.secretA), weight: 3, now: added)
        try store.set(provider: "anthropic", secret: APIKey(Self.secretB))
        #expect(mode(store.path) == 0o600)
        #expect(mode(store.directory) == 0o700)
        let keys = try store.load()
        #expect(keys.map(\.provider) == ["anthropic", "openai"])
        #expect(keys[1].name == "work")
        #expect(keys[1].key.secret == Self.secretA)
        #expect(keys[1].weight == 3)
        #expect(keys[1].addedAt == added)
        #expect(keys[0].name == StoredKey.defaultName)
    }

    @Test func aMissingFileIsAnEmptyStore() throws {
        let home = try StorageTestDirectory()
        #expect(try KeyStore(path: home.file("none/keys.json")).load().isEmpty)
    }

    @Test func setReplacesAKeyOfTheSameNameAndRemoveDeletesIt() throws {
        let home = try StorageTestDirectory()
        let store = KeyStore(path: home.file("llmgw/keys.json"))
        #expect(try store.set(provider: "openai", secret: APIKey(Self.secretA)).replaced == false)
        #expect(try store.set(provider: "openai", secret: APIKey(Self.secretB)).replaced == true)
        #expect(try store.load().map(\.key.secret) == [Self.secretB])
        #expect(throws: KeyStoreError.notFound(provider: "openai", name: "work", stored: ["default"])) {
            try store.remove(provider: "openai", name: "work")
        }
        try store.remove(provider: "openai")
        #expect(try store.load().isEmpty)
    }

    @Test func aCrashBetweenWriteAndRenameLeavesTheOldFileIntact() throws {
        let home = try StorageTestDirectory()
        var store = KeyStore(path: home.file("llmgw/keys.json"))
        try store.set(provider: "openai", secret: APIKey(Self.secretA))
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        struct Crash: Error {}
        let seen = LockedBox<String?>(nil)
        store.beforeRename = { temporary in
            seen.set(temporary)
            throw Crash()
        }
        #expect(throws: KeyStoreError.self) { try store.set(provider: "openai", secret: APIKey(Self.secretB)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        // The half-written file is left behind as a crash would leave it, private, and ignored.
        let temporary = try #require(seen.get())
        #expect(mode(temporary) == 0o600)
        store.beforeRename = nil
        #expect(try store.load().map(\.key.secret) == [Self.secretA])
    }

    @Test func refusesAKeyFileOthersCanRead() throws {
        let home = try StorageTestDirectory()
        let store = KeyStore(path: home.file("llmgw/keys.json"))
        try store.set(provider: "openai", secret: APIKey(Self.secretA))
        chmod(store.path, 0o644)
        let error = #expect(throws: KeyStoreError.self) { try store.load() }
        #expect(error?.failureClass == .io)
        #expect(error?.errorDescription?.contains("chmod 600 \(store.path)") == true)
        #expect(error?.errorDescription?.contains(Self.secretA) == false)
        chmod(store.path, 0o600)
        #expect(try store.load().count == 1)
    }

    @Test func refusesAKeyFolderOthersCanWrite() throws {
        let home = try StorageTestDirectory()
        let store = KeyStore(path: home.file("llmgw/keys.json"))
        try store.set(provider: "openai", secret: APIKey(Self.secretA))
        chmod(store.directory, 0o770)
        let error = #expect(throws: KeyStoreError.self) { try store.load() }
        #expect(error?.errorDescription?.contains("chmod 700 \(store.directory)") == true)
        #expect(throws: KeyStoreError.self) { try store.set(provider: "openai", secret: APIKey(Self.secretB)) }
        chmod(store.directory, 0o700)
    }

    @Test func creatingTheStoreTightensAnOpenFolder() throws {
        let home = try StorageTestDirectory()
        let folder = home.file("llmgw")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o755)
        let store = KeyStore(path: folder + "/keys.json")
        try store.set(provider: "openai", secret: APIKey(Self.secretA))
        #expect(mode(folder) == 0o700)
    }

    @Test(arguments: [
        ("test-key-0000-abcd\n", true), ("test-key-0000-abcd\r\n", true), ("test-key-0000-abcd", true),
        ("", false), ("\n", false), ("   \n", false), (" test-key-0000-abcd", false), ("test-key-0000-abcd \n", false),
        ("test-key\t0000", false), ("test-key-0000-abcd\n\n", false), ("a\u{7}b-key-0000", false),
    ])
    func secretsAreCheckedAsTyped(input: String, accepted: Bool) {
        let key = try? KeyStore.validatedSecret(input)
        #expect((key != nil) == accepted, "\(input.debugDescription)")
        if let key { #expect(key.secret == "test-key-0000-abcd") }
    }

    @Test func emptyAndPaddedSecretsAreUsageErrors() {
        #expect(throws: KeyStoreError.emptySecret) { try KeyStore.validatedSecret("") }
        #expect(throws: KeyStoreError.paddedSecret) { try KeyStore.validatedSecret(" x-key ") }
        #expect(KeyStoreError.emptySecret.failureClass == .usage)
    }

    @Test func markUsedRecordsTheLastUse() throws {
        let home = try StorageTestDirectory()
        let store = KeyStore(path: home.file("llmgw/keys.json"))
        try store.set(provider: "openai", name: "a", secret: APIKey(Self.secretA))
        let used = Date(timeIntervalSince1970: 1_800_000_000)
        try store.markUsed([KeyUse(provider: "openai", name: "a", at: used)])
        #expect(try store.load().first?.lastUsedAt == used)
    }
}

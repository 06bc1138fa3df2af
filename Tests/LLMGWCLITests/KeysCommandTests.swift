import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `llmgw keys set|list|rm|path|export`, end to end on the built binary.
@Suite(.serialized) struct KeysCommandTests {
    static let key = "test-key-0000-keys-cmd-qrstuvwx"
    static let otherKey = "test-key-0000-keys-env-abcdefgh"

    static func keysFile(_ home: TempHome) -> String {
        home.root.appendingPathComponent("config/llmgw/keys.json").path
    }

    static func mode(_ path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return -1 }
        return Int(status.st_mode) & 0o777
    }

    static func expectNoKey(_ result: ProcessResult, _ secrets: [String] = [key]) {
        for secret in secrets {
            #expect(!result.out.contains(secret), "key leaked to stdout: \(result.summary)")
            #expect(!result.err.contains(secret), "key leaked to stderr: \(result.summary)")
        }
    }

    @Test func setReadsStdinStoresPrivatelyAndListShowsItMasked() async throws {
        let home = try TempHome()
        let set = try await home.run(["keys", "set", "openai", "--name", "work"], stdin: Data((Self.key + "\n").utf8))
        #expect(set.status == 0, "\(set.summary)")
        #expect(set.out.isEmpty)
        #expect(set.err.contains("test-ke…uvwx"), "\(set.summary)")
        Self.expectNoKey(set)
        #expect(Self.mode(Self.keysFile(home)) == 0o600)
        #expect(Self.mode((Self.keysFile(home) as NSString).deletingLastPathComponent) == 0o700)

        let list = try await home.run(["keys", "list"])
        #expect(list.status == 0, "\(list.summary)")
        #expect(list.out.contains("openai"))
        #expect(list.out.contains("work"))
        #expect(list.out.contains("test-ke…uvwx"))
        #expect(list.out.contains("never"))
        Self.expectNoKey(list)

        let json = try await home.run(["keys", "list", "--json"])
        #expect(json.status == 0, "\(json.summary)")
        let object = try json.jsonObject()
        #expect(object["schema"] as? String == "llmgw.keys/1")
        let keys = try #require(object["keys"] as? [[String: Any]])
        #expect(keys.count == 1)
        #expect(keys.first?["source"] as? String == "store")
        #expect(keys.first?["name"] as? String == "work")
        #expect(keys.first?["active"] as? Bool == true)
        #expect(keys.first?["added_at"] as? String != nil)
        Self.expectNoKey(json)
    }

    @Test(arguments: ["", "\n", "  \n", " \(key)\n", "\(key) \n", "\(key)\n\n"])
    func setRefusesEmptyOrPaddedKeys(input: String) async throws {
        let home = try TempHome()
        let result = try await home.run(["keys", "set", "openai"], stdin: Data(input.utf8))
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("llmgw: the key"), "\(result.summary)")
        Self.expectNoKey(result)
        #expect(!FileManager.default.fileExists(atPath: Self.keysFile(home)))
    }

    @Test func setRefusesAnUnknownProvider() async throws {
        let home = try TempHome()
        let result = try await home.run(["keys", "set", "opneai"], stdin: Data(Self.key.utf8))
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("unknown provider 'opneai'"))
    }

    @Test func pathAndRm() async throws {
        let home = try TempHome()
        let path = try await home.run(["keys", "path"])
        #expect(path.status == 0)
        #expect(path.out.trimmingCharacters(in: .newlines) == Self.keysFile(home))
        _ = try await home.run(["keys", "set", "anthropic"], stdin: Data(Self.key.utf8))
        let removed = try await home.run(["keys", "rm", "anthropic"])
        #expect(removed.status == 0, "\(removed.summary)")
        Self.expectNoKey(removed)
        let again = try await home.run(["keys", "rm", "anthropic"])
        #expect(again.status == 2, "\(again.summary)")
        #expect(again.err.contains("no key named 'default' is stored for anthropic"))
    }

    @Test func unsafePermissionsAreRefusedWithTheChmodThatFixesThem() async throws {
        let home = try TempHome()
        _ = try await home.run(["keys", "set", "openai"], stdin: Data(Self.key.utf8))
        chmod(Self.keysFile(home), 0o644)
        let list = try await home.run(["keys", "list"])
        #expect(list.status == 6, "\(list.summary)")
        #expect(list.err.contains("chmod 600 \(Self.keysFile(home))"), "\(list.summary)")
        Self.expectNoKey(list)
        // A call goes on without the stored keys and says why.
        let chat = try await home.run(["chat", "-m", "mock/echo", "hi"])
        #expect(chat.status == 0, "\(chat.summary)")
        #expect(chat.err.contains("stored keys are ignored"))
        let folder = (Self.keysFile(home) as NSString).deletingLastPathComponent
        chmod(Self.keysFile(home), 0o600)
        chmod(folder, 0o755)
        let openFolder = try await home.run(["keys", "list"])
        #expect(openFolder.status == 6, "\(openFolder.summary)")
        #expect(openFolder.err.contains("chmod 700 \(folder)"), "\(openFolder.summary)")
    }

    @Test func aVariableComesBeforeTheStore() async throws {
        let home = try TempHome()
        _ = try await home.run(["keys", "set", "openai"], stdin: Data(Self.key.utf8))
        let list = try await home.run(["keys", "list", "--json"], environment: ["OPENAI_API_KEY": Self.otherKey])
        let keys = try #require(try list.jsonObject()["keys"] as? [[String: Any]])
        #expect(keys.map { $0["source"] as? String } == ["env OPENAI_API_KEY", "store"])
        #expect(keys.map { $0["active"] as? Bool } == [true, false])
        Self.expectNoKey(list, [Self.key, Self.otherKey])
    }

    @Test func exportPrintsShellLinesOnlyWhenAskedAndNotToATerminal() async throws {
        let home = try TempHome()
        _ = try await home.run(["keys", "set", "openai"], stdin: Data(Self.key.utf8))
        let bare = try await home.run(["keys", "export"])
        #expect(bare.status == 2, "\(bare.summary)")
        Self.expectNoKey(bare)
        let export = try await home.run(["keys", "export", "--env"])
        #expect(export.status == 0, "\(export.summary)")
        #expect(export.out == "export OPENAI_API_KEY='\(Self.key)'\n")
    }
}

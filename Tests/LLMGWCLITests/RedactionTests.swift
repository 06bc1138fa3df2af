import Foundation
import LLMGWCore
import Testing

/// A known key fed through every output path: it must appear nowhere, not in stdout, stderr or the
/// request log, whether the call succeeds, the provider refuses it, the network fails, `-v` dumps
/// headers, `--json` is asked for, or Ctrl-C stops the stream.
@Suite(.serialized) struct RedactionTests {
    static let key = testKey
    /// A key the mock refuses; its 401 message quotes the key it got, as OpenAI's does.
    static let refusedKey = "test-key-0000-refused-zyxwvuts"

    static func expectNoKey(_ result: ProcessResult, _ secret: String = key, path: String) {
        #expect(!result.out.contains(secret), "\(path): key on stdout\n\(result.summary)")
        #expect(!result.err.contains(secret), "\(path): key on stderr\n\(result.summary)")
    }

    /// Every byte of the home's files (database, WAL, config, history) is free of `secret`.
    static func expectNoKeyOnDisk(_ home: TempHome, _ secrets: [String]) throws {
        let folders = ["data", "state"].map { home.root.appendingPathComponent($0) }
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker {
                guard let data = try? Data(contentsOf: url) else { continue }
                for secret in secrets {
                    #expect(data.range(of: Data(secret.utf8)) == nil, "key found in \(url.lastPathComponent)")
                }
            }
        }
    }

    static var behavior: MockBehavior {
        var behavior = MockBehavior()
        behavior.acceptedKeys = [key]
        return behavior
    }

    @Test(arguments: WireFormat.allCases)
    func successVerboseAndJSONNeverShowTheKey(format: WireFormat) async throws {
        try await Upstream.with(format, behavior: Self.behavior) { upstream in
            try upstream.configure()
            let verbose = try await upstream.run(["chat", "-v", "-m", "local/echo", "hello"])
            #expect(verbose.status == 0, "\(verbose.summary)")
            #expect(verbose.err.contains(APIKey(Self.key).masked), "the -v dump shows the key masked")
            Self.expectNoKey(verbose, path: "success -v")
            let json = try await upstream.run(["chat", "-v", "--json", "--no-stream", "-m", "local/echo", "hello"])
            #expect(json.status == 0, "\(json.summary)")
            Self.expectNoKey(json, path: "success --json")
            try Self.expectNoKeyOnDisk(upstream.home, [Self.key])
        }
    }

    @Test(arguments: WireFormat.allCases)
    func aProviderErrorQuotingTheKeyIsMasked(format: WireFormat) async throws {
        try await Upstream.with(format, behavior: Self.behavior) { upstream in
            try upstream.configure()
            for arguments in [["chat"], ["chat", "-v"], ["chat", "--json"], ["chat", "-v", "--json", "--no-stream"]] {
                let result = try await upstream.run(
                    arguments + ["-m", "local/echo", "hello"], environment: [testKeyVariable: Self.refusedKey])
                #expect(result.status == 3, "\(result.summary)")
                Self.expectNoKey(result, Self.refusedKey, path: "401 \(arguments)")
            }
            let records = try requestLogRecords(in: upstream.home)
            #expect(records.count == 4)
            #expect(records.allSatisfy { $0.errorClass == "authentication" })
            #expect(records.allSatisfy { !($0.errorMessage ?? "").contains(Self.refusedKey) })
            try Self.expectNoKeyOnDisk(upstream.home, [Self.refusedKey])
        }
    }

    @Test func aTransportErrorNeverShowsTheKey() async throws {
        let port = try await Upstream.closedPort()
        let home = try TempHome()
        try home.writeConfig(
            Upstream.config(format: .openai, baseURL: "http://127.0.0.1:\(port)/v1?key=\(Self.key)", headers: [:]))
        for arguments in [["chat"], ["chat", "-v"], ["chat", "--json", "-v"]] {
            let result = try await home.run(
                arguments + ["-m", "local/echo", "hello"], environment: [testKeyVariable: Self.key])
            #expect(result.status == 5, "\(result.summary)")
            Self.expectNoKey(result, path: "transport \(arguments)")
        }
        try Self.expectNoKeyOnDisk(home, [Self.key])
    }

    @Test func ctrlCInTheMiddleOfAStreamNeverShowsTheKey() async throws {
        var behavior = Self.behavior
        behavior.tokensPerSecond = 40
        behavior.outputTokens = 400
        try await Upstream.with(.openai, behavior: behavior) { upstream in
            try upstream.configure()
            let result = try await upstream.run(
                ["chat", "-v", "-m", "local/lorem", "write"], interruptAfterStdoutBytes: 10)
            #expect(result.status == 130, "\(result.summary)")
            #expect(!result.killedBySignal)
            Self.expectNoKey(result, path: "Ctrl-C")
            try Self.expectNoKeyOnDisk(upstream.home, [Self.key])
        }
    }

    @Test func storedKeysNeverShowInKeysCommands() async throws {
        try await Upstream.with(.openai, behavior: Self.behavior) { upstream in
            try await KeysTestCommandTests.store([("a", Self.key), ("b", Self.refusedKey)], in: upstream)
            for arguments in [
                ["keys", "list"], ["keys", "list", "--json"], ["keys", "test"], ["keys", "test", "-v", "--json"],
                ["chat", "-v", "-m", "local/echo", "hi"], ["chat", "-v", "--json", "-m", "local/echo", "hi"],
            ] {
                let result = try await upstream.home.run(arguments)
                for secret in [Self.key, Self.refusedKey] { Self.expectNoKey(result, secret, path: "\(arguments)") }
            }
            try Self.expectNoKeyOnDisk(upstream.home, [Self.key, Self.refusedKey])
        }
    }
}

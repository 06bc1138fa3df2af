import Foundation
import LLMGWCore
import Testing

/// How `llmgw chat` fails: upstream faults and statuses, the network, usage and config mistakes, and
/// keys that must never leak. Each case checks stdout, stderr and the exit code.
@Suite struct ChatFailureTests {
    // MARK: Broken streams

    @Test(arguments: WireFormat.allCases)
    func truncatedStreamKeepsThePartialTextAndExits5(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-fault": "truncate", "x-mock-output-tokens": "10"])
            let result = try await upstream.run(["chat", "-m", "local/lorem", "tell me"])
            #expect(result.status == 5, "a cut-off answer is never a success: \(result.summary)")
            #expect(!result.out.isEmpty, "the partial answer stays on stdout: \(result.summary)")
            let words = result.out.split(whereSeparator: { $0 == " " || $0 == "\n" })
            #expect(words.count < 10, "only part of the answer arrived: \(result.summary)")
            #expect(result.err.contains("cut off"), "\(result.summary)")
            #expect(result.err.contains("incomplete"), "\(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases)
    func truncatedStreamInJSONIsIncomplete(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-fault": "truncate", "x-mock-output-tokens": "10"])
            let result = try await upstream.run(["chat", "--json", "-m", "local/lorem", "tell me"])
            #expect(result.status == 5, "\(result.summary)")
            let object = try result.jsonObject()
            #expect(object["complete"] as? Bool == false, "\(result.out)")
            let error = try #require(object["error"] as? [String: Any], "\(result.out)")
            #expect(error["class"] as? String == "stream_truncated", "\(result.out)")
            #expect(!((object["text"] as? String) ?? "").isEmpty, "partial text is kept: \(result.out)")
            let records = try requestLogRecords(in: upstream.home)
            #expect(records.first?.status == .error)
            #expect(records.first?.errorClass == "stream_truncated")
        }
    }

    @Test(arguments: WireFormat.allCases, [false, true])
    func disconnectExits5(format: WireFormat, noStream: Bool) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-fault": "disconnect", "x-mock-output-tokens": "10"])
            var arguments = ["chat", "-m", "local/lorem", "tell me"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 5, "\(result.summary)")
            #expect(result.err.contains("llmgw: local/lorem:"), "\(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases, [false, true])
    func malformedResponseExits5(format: WireFormat, noStream: Bool) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-fault": "malformed", "x-mock-output-tokens": "10"])
            var arguments = ["chat", "-m", "local/lorem", "tell me"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 5, "\(result.summary)")
            #expect(result.err.contains("malformed"), "\(result.summary)")
        }
    }

    // MARK: Upstream statuses

    @Test(arguments: WireFormat.allCases)
    func rateLimitExits4AndSaysWhenToRetry(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-status": "429"])
            let result = try await upstream.run(["chat", "-m", "local/lorem", "hi"])
            #expect(result.status == 4, "\(result.summary)")
            #expect(result.out.isEmpty, "\(result.summary)")
            #expect(result.err.contains("rate limited"), "\(result.summary)")
            #expect(result.err.contains("retry after 1s"), "the mock sends retry-after: 1: \(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases)
    func unauthorizedExits3(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-status": "401"])
            let result = try await upstream.run(["chat", "-m", "local/lorem", "hi"])
            #expect(result.status == 3, "\(result.summary)")
            #expect(result.out.isEmpty, "\(result.summary)")
            #expect(result.err.contains("authentication failed"), "\(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases)
    func serverErrorExits5(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-status": "500"])
            let result = try await upstream.run(["chat", "--json", "-m", "local/lorem", "hi"])
            #expect(result.status == 5, "\(result.summary)")
            let object = try result.jsonObject()
            #expect(object["complete"] as? Bool == false)
            let error = try #require(object["error"] as? [String: Any], "\(result.out)")
            #expect(error["class"] as? String == "server_error", "\(result.out)")
            #expect(result.err.isEmpty || !result.err.contains("{"), "JSON goes to stdout only: \(result.err)")
        }
    }

    // MARK: The network

    @Test func closedPortExits5AndNamesTheHost() async throws {
        let port = try await Upstream.closedPort()
        let home = try TempHome()
        try home.writeConfig(
            Upstream.config(format: .openai, baseURL: "http://127.0.0.1:\(port)/v1", headers: [:]))
        let result = try await home.run(
            ["chat", "-m", "local/lorem", "anyone there?"], environment: [testKeyVariable: testKey])
        #expect(result.status == 5, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("127.0.0.1:\(port)"), "\(result.summary)")
        #expect(result.err.contains("connect"), "\(result.summary)")
        let records = try requestLogRecords(in: home)
        #expect(records.first?.errorClass == "connection_lost", "\(records)")
    }

    @Test func timeoutShorterThanTheLatencyExits5() async throws {
        try await Upstream.with(.openai) { upstream in
            // The upstream would answer after 20 s; the call must give up near its 1 s limit. The bound
            // is loose so that a loaded machine (process start-up, a busy CI) cannot make it flaky.
            try upstream.configure(headers: ["x-mock-latency-ms": "20000"])
            let result = try await upstream.run(["chat", "--timeout", "1s", "-m", "local/lorem", "hi"])
            #expect(result.status == 5, "\(result.summary)")
            #expect(result.elapsed < .seconds(12), "the call stops at its time limit: \(result.elapsed)")
            #expect(result.err.contains("timed out"), "\(result.summary)")
        }
    }

    // MARK: Usage and configuration

    @Test func malformedYAMLExits2AndNamesTheLine() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            default_model: mock/echo
            providers:
              local: { type: openai-compatible, base_url: "http://127.0.0.1:1/v1"
            models: {}

            """)
        let result = try await home.run(["chat", "hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("config.yaml:"), "\(result.summary)")
        #expect(result.err.contains("invalid YAML"), "\(result.summary)")
        #expect(result.err.range(of: #"config\.yaml:[34]:"#, options: .regularExpression) != nil, "\(result.summary)")
    }

    @Test func unknownConfigKeyExits2AndNamesTheLine() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            providers:
              local:
                type: openai-compatible
                base_url: "http://127.0.0.1:1/v1"
                api_key_envv: LLMGW_TEST_KEY

            """)
        let result = try await home.run(["chat", "hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("config.yaml:5:"), "\(result.summary)")
        #expect(result.err.contains("api_key_envv"), "\(result.summary)")
        #expect(result.err.contains("api_key_env"), "did you mean: \(result.summary)")
    }

    @Test func literalKeyInConfigIsRefusedWithoutEchoingIt() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            providers:
              local:
                type: openai-compatible
                base_url: "http://127.0.0.1:1/v1"
                api_key: \(testKey)

            """)
        let result = try await home.run(["chat", "hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("config.yaml:5:"), "\(result.summary)")
        #expect(!result.err.contains(testKey), "the key is never echoed: \(result.summary)")
        #expect(!result.out.contains(testKey))
    }

    @Test func unknownProviderExits2() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "-m", "nope/x", "hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("unknown provider 'nope'"), "\(result.summary)")
    }

    @Test func missingProviderKeyIsAnAuthErrorNamingTheVariable() async throws {
        // ResolveError.missingKey is classified `.auth`, which the README maps to exit 3.
        let home = try TempHome()
        let result = try await home.run(["chat", "-m", "openai/gpt-4o", "hi"])
        #expect(result.status == 3, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("OPENAI_API_KEY"), "\(result.summary)")
    }

    @Test func unsetAPIKeyEnvIsAnAuthError() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "--api-key-env", "LLMGW_UNSET_KEY", "-m", "openai/gpt-4o", "hi"])
        #expect(result.status == 3, "\(result.summary)")
        #expect(result.err.contains("LLMGW_UNSET_KEY"), "\(result.summary)")
    }

    @Test(arguments: [
        ["--temperature", "5"],
        ["--top-p", "1.5"],
        ["--max-tokens", "0"],
        ["-o", "novalue"],
        ["--timeout", "soon"],
        ["--no-such-flag"],
    ])
    func badOptionExits2(options: [String]) async throws {
        let home = try TempHome()
        let result = try await home.run(["chat"] + options + ["hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(!result.err.isEmpty, "\(result.summary)")
        #expect(!result.err.contains("built-in mock"), "nothing is sent: \(result.summary)")
    }

    @Test func unreadableAttachmentExits2() async throws {
        let home = try TempHome()
        let missing = home.root.appendingPathComponent("no-such-file.txt").path
        let result = try await home.run(["chat", "-a", missing, "what is in it?"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("no-such-file.txt"), "\(result.summary)")
    }

    @Test func directoryAsAttachmentExits2() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "-a", home.root.path, "what is in it?"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains(home.root.lastPathComponent), "\(result.summary)")
    }

    @Test func missingExplicitConfigExits2() async throws {
        let home = try TempHome()
        let path = home.root.appendingPathComponent("absent.yaml").path
        let result = try await home.run(["chat", "--config", path, "hi"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("absent.yaml"), "\(result.summary)")
    }

    // MARK: Secrets

    @Test(arguments: WireFormat.allCases, ["401", "200"])
    func verboseNeverPrintsOrLogsTheFullKey(format: WireFormat, status: String) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-status": status, "x-mock-output-tokens": "5"])
            let result = try await upstream.run(["chat", "-v", "-m", "local/lorem", "secret test"])
            #expect(result.status == (status == "401" ? 3 : 0), "\(result.summary)")
            #expect(!result.out.contains(testKey), "stdout has the key")
            #expect(!result.err.contains(testKey), "stderr has the key: \(result.err)")
            #expect(!result.err.contains("abcdefghijklmnop"), "stderr has most of the key: \(result.err)")
            let masked = Redactor.mask(testKey)
            #expect(result.err.contains(masked), "-v shows the masked key \(masked): \(result.err)")

            let records = try requestLogRecords(in: upstream.home)
            #expect(records.count == 1)
            let key = Data(testKey.utf8)
            for suffix in ["", "-wal", "-shm"] {
                let path = upstream.home.databasePath + suffix
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                #expect(bytes.range(of: key) == nil, "\(path) contains the key")
            }
        }
    }
}

import Foundation
import LLMGWCore
import Testing

/// `llmgw chat` through the real binary: the built-in mock, and the mock upstream over real HTTP in
/// all three wire formats, streamed and not.
@Suite struct ChatCommandTests {
    // MARK: No config, no keys: the built-in mock

    @Test func answersWithTheBuiltInMockWhenNothingIsConfigured() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "hello there"])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "hello there\n", "\(result.summary)")
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 1, "one note on stderr, got: \(result.err)")
        #expect(result.err.contains("built-in mock"), "\(result.summary)")
        #expect(result.err.contains("OPENAI_API_KEY"), "the note says how to add a provider: \(result.err)")
    }

    @Test func emptyStandardInputIsNotContext() async throws {
        // `llmgw chat "x" < /dev/null` (CI, cron, a closed stdin) must send just the prompt.
        let home = try TempHome()
        let result = try await home.run(["chat", "just the prompt"], stdin: Data())
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "just the prompt\n", "\(result.summary)")
    }

    @Test func pipedInputBecomesContextBeforeThePrompt() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "review this"], stdin: Data("diff --git a b\n+line\n".utf8))
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "diff --git a b\n+line\n\nreview this\n", "\(result.summary)")
    }

    @Test func pipedInputAloneIsThePrompt() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat"], stdin: Data("only stdin".utf8))
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "only stdin\n", "\(result.summary)")
    }

    @Test func noPromptAndNoInputIsAUsageError() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("no prompt"), "\(result.summary)")
    }

    @Test func jsonIsOneObjectWithTheDocumentedFields() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "--json", "hello there"])
        #expect(result.status == 0, "\(result.summary)")
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "one line of JSON: \(result.out)")
        let object = try result.jsonObject()
        #expect(object["schema"] as? String == "llmgw.chat/1")
        #expect(object["text"] as? String == "hello there")
        #expect(object["provider"] as? String == "mock")
        #expect(object["finish_reason"] as? String == "stop")
        #expect(object["complete"] as? Bool == true)
        #expect(object["interrupted"] as? Bool == false)
        #expect(object["error"] is NSNull)
        let usage = try #require(object["usage"] as? [String: Any], "usage: \(result.out)")
        #expect((jsonInt(usage["input_tokens"]) ?? 0) > 0)
        #expect((jsonInt(usage["output_tokens"]) ?? 0) > 0)
        #expect(usage["source"] as? String == "reported")
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["outcome"] as? String == "ok")
        #expect(object["latency_ms"] is NSNumber)
    }

    @Test func unopenableRequestLogWarnsAndTheCallStillRuns() async throws {
        let home = try TempHome()
        let blocker = try home.writeFile("not-a-folder", "a file where the database folder should be")
        let result = try await home.run(
            ["chat", "-m", "mock/echo", "still works"], environment: ["LLMGW_DB": blocker + "/llmgw.db"])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "still works\n", "\(result.summary)")
        #expect(result.err.contains("warning: the request log is off"), "\(result.summary)")
        #expect(result.err.contains("not-a-folder"), "the warning names the path: \(result.summary)")
    }

    @Test func nonUTF8StandardInputIsRefused() async throws {
        let home = try TempHome()
        let result = try await home.run(
            ["chat", "-m", "mock/echo", "what is this?"], stdin: Data([0xFF, 0xFE, 0x00, 0xC3]))
        #expect(result.status != 0, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("not UTF-8"), "\(result.summary)")
        #expect(result.err.contains("-a"), "the message says to attach binary files: \(result.summary)")
    }

    // MARK: The mock upstream over real HTTP

    @Test(arguments: WireFormat.allCases, [false, true])
    func streamsTextFromTheUpstream(format: WireFormat, noStream: Bool) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-output-tokens": "9"])
            var arguments = ["chat", "-m", "local/lorem", "write something"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 0, "\(result.summary)")
            let words = result.out.split(whereSeparator: { $0 == " " || $0 == "\n" })
            #expect(words.count == 9, "9 lorem tokens: \(result.summary)")
            #expect(result.out.hasSuffix("\n"))
            #expect(result.err.isEmpty, "nothing on stderr for a configured, successful call: \(result.err)")
        }
    }

    @Test(arguments: WireFormat.allCases, [false, true])
    func echoRoundTripsThePrompt(format: WireFormat, noStream: Bool) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure()
            var arguments = ["chat", "-m", "local/echo", "ping pong über"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 0, "\(result.summary)")
            #expect(result.out == "ping pong über\n", "\(result.summary)")
        }
    }

    @Test(arguments: WireFormat.allCases, [false, true])
    func jsonUsageIsWhatTheUpstreamReported(format: WireFormat, noStream: Bool) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure(headers: ["x-mock-output-tokens": "10"])
            var arguments = ["chat", "--json", "-m", "local/lorem", "count my tokens"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 0, "\(result.summary)")
            let object = try result.jsonObject()
            #expect(object["schema"] as? String == "llmgw.chat/1")
            #expect(object["provider"] as? String == "local")
            #expect(object["target"] as? String == "local/lorem")
            #expect(object["complete"] as? Bool == true)
            #expect(object["finish_reason"] as? String == "stop")
            let usage = try #require(object["usage"] as? [String: Any], "usage: \(result.out)")
            #expect(jsonInt(usage["output_tokens"]) == 10, "\(result.out)")
            #expect((jsonInt(usage["input_tokens"]) ?? 0) > 0, "\(result.out)")
            let text = try #require(object["text"] as? String)
            #expect(text.split(separator: " ").count == 10, "\(text)")
            #expect(object["cost_usd"] is NSNull, "no price configured: the cost is unknown, never 0")
        }
    }

    @Test func knownPriceGivesACost() async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure(
                headers: ["x-mock-output-tokens": "10"],
                extra: "models:\n  local/lorem: { price: { input: 1, output: 100000 } }\n")
            let result = try await upstream.run(["chat", "--json", "-m", "local/lorem", "price me"])
            #expect(result.status == 0, "\(result.summary)")
            let object = try result.jsonObject()
            let cost = try #require(object["cost_usd"] as? Double, "\(result.out)")
            // 10 output tokens at $100,000 per 1M is $1, plus a little for the input.
            #expect(cost >= 1.0 && cost < 1.01, "cost \(cost)")
        }
    }

    // MARK: Request log and conversations

    @Test(arguments: [false, true])
    func successfulCallIsInTheRequestLog(noStream: Bool) async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure(headers: ["x-mock-output-tokens": "5"])
            var arguments = ["chat", "-m", "local/lorem", "log me"]
            if noStream { arguments.insert("--no-stream", at: 1) }
            let result = try await upstream.run(arguments)
            #expect(result.status == 0, "\(result.summary)")
            let records = try requestLogRecords(in: upstream.home)
            try #require(records.count == 1, "one row: \(records)")
            let record = records[0]
            #expect(record.command == "chat")
            #expect(record.provider == "local")
            #expect(record.model == "lorem")
            #expect(record.status == .ok)
            #expect(record.errorClass == nil)
            #expect(record.outputTokens == 5)
            #expect((record.inputTokens ?? 0) > 0)
            #expect(record.usageSource == .reported)
            #expect(record.latencyMs >= 0)
            #expect(record.latencyMs < 30_000)
            #expect(record.attempts == 1)
            #expect(record.finishReason == "stop")
            #expect(record.streamed == !noStream, "the log says whether the answer was streamed")
            #expect(record.costMicros == nil, "no price configured")
            #expect(abs(record.startedAt.timeIntervalSinceNow) < 120)
        }
    }

    @Test func continueSendsTheEarlierTurns() async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure(headers: ["x-mock-output-tokens": "20"])
            let first = try await upstream.run(
                ["chat", "--json", "-m", "local/lorem", "first question about token buckets"])
            #expect(first.status == 0, "\(first.summary)")
            let continued = try await upstream.run(["chat", "--json", "-c", "-m", "local/lorem", "and then?"])
            #expect(continued.status == 0, "\(continued.summary)")
            let fresh = try await upstream.run(["chat", "--json", "-m", "local/lorem", "and then?"])
            #expect(fresh.status == 0, "\(fresh.summary)")
            let continuedUsage = try #require(try continued.jsonObject()["usage"] as? [String: Any])
            let freshUsage = try #require(try fresh.jsonObject()["usage"] as? [String: Any])
            let continuedInput = try #require(jsonInt(continuedUsage["input_tokens"]))
            let freshInput = try #require(jsonInt(freshUsage["input_tokens"]))
            // The earlier question and its 20-token answer are sent again.
            #expect(continuedInput >= freshInput + 20, "with -c \(continuedInput), without \(freshInput)")

            let records = try requestLogRecords(in: upstream.home)
            #expect(records.count == 3)
            #expect(records.allSatisfy { $0.status == .ok })
        }
    }

    @Test func continueReusesTheConversationsModel() async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure()
            let first = try await upstream.run(["chat", "-m", "local/echo", "remember me"])
            #expect(first.status == 0, "\(first.summary)")
            // No -m: -c picks the earlier conversation's model, not the built-in mock.
            let continued = try await upstream.run(["chat", "-c", "--json", "say it again"])
            #expect(continued.status == 0, "\(continued.summary)")
            let object = try continued.jsonObject()
            #expect(object["target"] as? String == "local/echo", "\(continued.out)")
            #expect(object["text"] as? String == "say it again")
        }
    }

    @Test func continueWithNoEarlierConversationIsAUsageError() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "-c", "hello"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty)
        #expect(result.err.contains("no earlier conversation"), "\(result.summary)")
    }
}

import Foundation
import LLMGWCore
import Testing

/// `cost tokens --exact` and `cost estimate --exact` against the mock's count-tokens endpoints over
/// HTTP, and calibrated estimates from a request log.
@Suite struct CostExactCommandTests {
    static let text = "Count me exactly, please: one two three."

    @Test(arguments: [WireFormat.anthropic, .gemini])
    func exactAsksTheProvidersCountEndpoint(format: WireFormat) async throws {
        try await Upstream.with(format) { upstream in
            try upstream.configure()
            let file = try upstream.home.writeFile("prompt.txt", Self.text)
            let model = format == .anthropic ? "local/claude-haiku-4-5" : "local/gemini-2.5-flash"
            let tokens = try await upstream.run(["cost", "tokens", "--exact", "-m", model, file, "--json"])
            #expect(tokens.status == 0, "\(tokens.summary)")
            let object = try tokens.jsonObject()
            let column = try #require((object["columns"] as? [[String: Any]])?.first)
            #expect(column["exact"] as? Bool == true, "\(tokens.summary)")
            let endpoint = format == .anthropic ? "anthropic count_tokens" : "gemini countTokens"
            #expect(column["counted_by"] as? String == endpoint)
            #expect(column["method"] as? String == "exact (\(endpoint))")
            let total = try #require(object["total"] as? [String: Any])
            #expect(jsonInt((total["tokens"] as? [String: Any])?[model]) == MockTokenizer.count(Self.text))

            let estimate = try await upstream.run(["cost", "estimate", Self.text, "-m", model, "--exact", "--json"])
            #expect(estimate.status == 0, "\(estimate.summary)")
            let row = try #require((try estimate.jsonObject()["estimates"] as? [[String: Any]])?.first)
            #expect(jsonInt(row["input_tokens"]) == MockTokenizer.count(Self.text), "\(estimate.summary)")
            #expect(row["tokens_exact"] as? Bool == true)
            #expect(row["tokens_method"] as? String == "exact (\(endpoint))")
            for result in [tokens, estimate] {
                #expect(!result.out.contains(testKey) && !result.err.contains(testKey))
            }
        }
    }

    @Test func withoutAKeyExactKeepsTheEstimateAndSaysWhy() async throws {
        let home = try TempHome()
        let result = try await home.run(
            ["cost", "tokens", "--exact", "-m", "anthropic/claude-haiku-4-5", "--json"], stdin: Data(Self.text.utf8))
        #expect(result.status == 0, "\(result.summary)")
        let column = try #require((try result.jsonObject()["columns"] as? [[String: Any]])?.first)
        #expect(column["exact"] as? Bool == false)
        #expect(column["method"] as? String == "estimate (uncalibrated)")
        #expect(result.err.contains("no exact count for anthropic/claude-haiku-4-5"), "\(result.summary)")
        #expect(result.err.contains("ANTHROPIC_API_KEY"), "\(result.summary)")
        #expect(!FileManager.default.fileExists(atPath: home.databasePath), "counting must not create the database")
    }

    @Test func estimatesAreCalibratedFromTheRequestLog() async throws {
        let home = try TempHome()
        let log = RequestLog(database: try LLMGWDatabase(path: home.databasePath))
        for index in 0..<6 {
            log.record(
                RequestRecord(
                    startedAt: Date().addingTimeInterval(-Double(index)), command: "chat", provider: "anthropic",
                    model: "claude-haiku-4-5", status: .ok, inputTokens: 150, outputTokens: 5, usageSource: .reported,
                    latencyMs: 3, estimatedInputTokens: 100))
        }
        await log.flush()
        let raw = TokenEncoding.o200kBase.count(Self.text)
        let tokens = try await home.run(
            ["cost", "tokens", "-m", "anthropic/claude-sonnet-4-5", "--json"], stdin: Data(Self.text.utf8))
        #expect(tokens.status == 0, "\(tokens.summary)")
        let object = try tokens.jsonObject()
        let column = try #require((object["columns"] as? [[String: Any]])?.first)
        #expect(column["method"] as? String == "estimate (calibrated from 6 calls)", "\(tokens.summary)")
        #expect(jsonInt(column["calibration_samples"]) == 6)
        let total = try #require(object["total"] as? [String: Any])
        #expect(
            jsonInt((total["tokens"] as? [String: Any])?["anthropic/claude-sonnet-4-5"])
                == Int((Double(raw) * 1.5).rounded()))
        #expect(tokens.err.contains("calibrated from 6 calls of claude"), "\(tokens.summary)")

        let table = try await home.run(["cost", "estimate", Self.text, "-m", "anthropic/claude-haiku-4-5"])
        #expect(table.status == 0, "\(table.summary)")
        #expect(table.out.contains("calibrated"), "\(table.summary)")
        #expect(table.err.contains("anthropic/claude-haiku-4-5 (calibrated from 6 calls)"), "\(table.summary)")
        let json = try await home.run(["cost", "estimate", Self.text, "-m", "gemini/gemini-2.5-flash", "--json"])
        let row = try #require((try json.jsonObject()["estimates"] as? [[String: Any]])?.first)
        #expect(row["tokens_method"] as? String == "estimate (uncalibrated)", "\(json.summary)")
    }
}

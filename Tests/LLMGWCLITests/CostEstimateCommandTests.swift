import Foundation
import Testing

/// `llmgw cost estimate` through the real binary.
@Suite struct CostEstimateCommandTests {
    @Test func pricesAPromptAcrossModelsCheapestFirstAsJSON() async throws {
        let home = try TempHome()
        let result = try await home.run([
            "cost", "estimate", "Explain HTTP/2 multiplexing", "-m", "openai/gpt-4o", "-m", "openai/gpt-4o-mini",
            "-m", "openai/not-a-model", "--output-tokens", "100", "--json",
        ])
        #expect(result.status == 0, "\(result.summary)")
        let object = try result.jsonObject()
        #expect(object["schema"] as? String == "llmgw.cost.estimate/1")
        let estimates = try #require(object["estimates"] as? [[String: Any]])
        #expect(
            estimates.map { $0["model"] as? String } == ["openai/gpt-4o-mini", "openai/gpt-4o", "openai/not-a-model"])
        let mini = estimates[0]
        #expect(mini["output_tokens"] as? Int == 100)
        #expect(mini["cost_usd"] is Double)
        #expect(mini["tokens_exact"] is Bool)
        #expect(estimates[2]["cost_usd"] is NSNull, "an unknown price is null, never 0")
        // gpt-4o-mini: input × 0.15 + 100 × 0.6 µ$.
        let input = try #require(mini["input_tokens"] as? Int)
        let micros = try #require(mini["cost_micros"] as? Int)
        #expect(micros == (input * 15 + 6_000 + 50) / 100)
    }

    @Test func readsStdinAndFilesAndWritesCSVAndMarkdown() async throws {
        let home = try TempHome()
        let file = try home.writeFile("prompt.txt", String(repeating: "lorem ipsum ", count: 50))
        let csv = try await home.run(
            ["cost", "estimate", "-f", file, "-m", "anthropic/claude-haiku-4-5", "--format", "csv"],
            stdin: Data("context from a pipe".utf8))
        #expect(csv.status == 0, "\(csv.summary)")
        let lines = csv.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("model,input,output,tokens,"))
        #expect(lines[1].hasPrefix("anthropic/claude-haiku-4-5,"))
        #expect(!lines[1].contains("$"), "CSV cells are bare numbers")

        let markdown = try await home.run(["cost", "estimate", "hi", "-m", "mock/echo", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.summary)")
        #expect(markdown.out.hasPrefix("| model | input |"))
        #expect(markdown.out.contains("| mock/echo |"))
    }

    @Test func allModelsOfAProviderAndConfigPrices() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            providers:
              local: { type: openai-compatible, base_url: "http://127.0.0.1:9/v1" }
            models:
              local/qwen: { price: { input: 0, output: 0 } }
            routes:
              cheap: { targets: [local/qwen, openai/gpt-4o-mini] }
            """)
        let all = try await home.run(["cost", "estimate", "hello", "--all", "--provider", "groq", "--format", "jsonl"])
        #expect(all.status == 0, "\(all.summary)")
        let rows = all.out.split(separator: "\n")
        #expect(rows.count >= 2)
        #expect(rows.allSatisfy { $0.contains(#""model":"groq/"#) })

        let route = try await home.run(["cost", "estimate", "hello", "-m", "cheap", "--json"])
        #expect(route.status == 0, "\(route.summary)")
        let estimates = try #require(try route.jsonObject()["estimates"] as? [[String: Any]])
        #expect(estimates.map { $0["model"] as? String } == ["local/qwen", "openai/gpt-4o-mini"])
        #expect(estimates[0]["cost_usd"] as? Double == 0)
        #expect(estimates[0]["price_origin"] as? String == "config")
    }

    @Test func usageMistakesExit2() async throws {
        let home = try TempHome()
        for arguments in [
            ["cost", "estimate", "hello"], ["cost", "estimate", "-m", "openai/gpt-4o"],
            ["cost", "estimate", "hi", "-m", "nonsense"],
            ["cost", "estimate", "hi", "-m", "openai/gpt-4o", "--output-tokens", "5", "--output-ratio", "1"],
            ["cost", "estimate", "hi", "-m", "openai/gpt-4o", "--format", "yaml"],
        ] {
            let result = try await home.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.summary)")
            #expect(result.out.isEmpty)
        }
    }
}

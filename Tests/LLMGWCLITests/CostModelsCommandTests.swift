import Foundation
import Testing

/// `llmgw cost models` and `cost models import` through the real binary.
@Suite struct CostModelsCommandTests {
    @Test func listsTheCatalogWithSourceAndAge() async throws {
        let home = try TempHome()
        let table = try await home.run(["cost", "models", "--provider", "anthropic"])
        #expect(table.status == 0, "\(table.summary)")
        #expect(table.out.contains("anthropic/claude-haiku-4-5"))
        #expect(!table.out.contains("openai/"))
        #expect(table.out.contains("embedded"))

        let json = try await home.run(["cost", "models", "--provider", "openai", "--sort", "input", "--json"])
        #expect(json.status == 0, "\(json.summary)")
        let object = try json.jsonObject()
        #expect(object["schema"] as? String == "llmgw.cost.models/1")
        let models = try #require(object["models"] as? [[String: Any]])
        #expect(!models.isEmpty)
        let inputs = models.compactMap { $0["input"] as? Double }
        #expect(inputs == inputs.sorted())
        for model in models {
            #expect((model["source"] as? String)?.hasPrefix("https://") == true)
            #expect(model["checked"] is String)
            #expect(model["age_days"] is Int)
        }
    }

    @Test func importMergesALiteLLMFileThatLaterCommandsUse() async throws {
        let home = try TempHome()
        let file = try home.writeFile(
            "litellm.json",
            """
            {"gpt-4o-mini": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
              "litellm_provider": "openai", "mode": "chat"},
             "brand-new-model": {"input_cost_per_token": 5e-07, "output_cost_per_token": 1e-06,
              "litellm_provider": "openai", "mode": "chat"}}
            """)
        let imported = try await home.run(["cost", "models", "import", file])
        #expect(imported.status == 0, "\(imported.summary)")
        #expect(imported.err.contains("imported 2 models from litellm"))
        let catalog = home.root.appendingPathComponent("data/llmgw/catalog.json")
        #expect(FileManager.default.fileExists(atPath: catalog.path))

        let listed = try await home.run(["cost", "models", "--provider", "openai", "--json"])
        let models = try #require(try listed.jsonObject()["models"] as? [[String: Any]])
        let mini = try #require(models.first { $0["id"] as? String == "openai/gpt-4o-mini" })
        #expect(mini["input"] as? Double == 1)
        #expect(mini["origin"] as? String == "imported")
        #expect(models.contains { $0["id"] as? String == "openai/brand-new-model" })

        let estimate = try await home.run([
            "cost", "estimate", "hi", "-m", "openai/brand-new-model", "--output-tokens", "1000", "--json",
        ])
        let rows = try #require(try estimate.jsonObject()["estimates"] as? [[String: Any]])
        #expect(rows.first?["price_origin"] as? String == "imported")
    }

    @Test func importRefusesAnUnknownFormat() async throws {
        let home = try TempHome()
        let file = try home.writeFile("other.json", #"{"models": []}"#)
        let result = try await home.run(["cost", "models", "import", file])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("LiteLLM"))
        let missing = try await home.run(["cost", "models", "import", "/nonexistent/file.json"])
        #expect(missing.status == 2, "\(missing.summary)")
    }
}

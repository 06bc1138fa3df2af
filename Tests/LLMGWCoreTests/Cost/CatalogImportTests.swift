import Foundation
import Testing

@testable import LLMGWCore

@Suite struct CatalogImportTests {
    static let litellm = """
        {
          "sample_spec": {"input_cost_per_token": 0.0, "litellm_provider": "one of …", "mode": "chat"},
          "gpt-4o-mini": {"input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07,
            "cache_read_input_token_cost": 7.5e-08, "litellm_provider": "openai", "max_input_tokens": 128000,
            "max_output_tokens": 16384, "mode": "chat", "supports_function_calling": true, "supports_vision": true},
          "claude-haiku-4-5": {"input_cost_per_token": 1e-06, "output_cost_per_token": 5e-06,
            "cache_creation_input_token_cost": 1.25e-06, "cache_read_input_token_cost": 1e-07,
            "litellm_provider": "anthropic", "mode": "chat", "source": "https://example.test/anthropic"},
          "gemini/gemini-x": {"input_cost_per_token": 3e-07, "output_cost_per_token": 2.5e-06,
            "output_cost_per_reasoning_token": 3.5e-06, "input_cost_per_token_above_200k_tokens": 6e-07,
            "litellm_provider": "gemini", "mode": "chat"},
          "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo": {"input_cost_per_token": 8.8e-07,
            "output_cost_per_token": 8.8e-07, "litellm_provider": "together_ai", "mode": "chat"},
          "text-embedding-3-small": {"input_cost_per_token": 2e-08, "output_cost_per_token": 0.0,
            "litellm_provider": "openai", "mode": "embedding"},
          "bedrock/some-model": {"input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06,
            "litellm_provider": "bedrock", "mode": "chat"}
        }
        """

    static let openrouter = """
        {"data": [
          {"id": "openai/gpt-4o", "context_length": 128000,
           "architecture": {"input_modalities": ["text", "image", "file"]},
           "pricing": {"prompt": "0.0000025", "completion": "0.00001", "input_cache_read": "0.00000125",
                       "input_cache_write": "0", "internal_reasoning": "0"},
           "top_provider": {"max_completion_tokens": 16384}, "supported_parameters": ["tools", "temperature"]},
          {"id": "openrouter/auto", "pricing": {"prompt": "-1", "completion": "-1"}},
          {"id": "deepseek/deepseek-r1", "context_length": 64000,
           "pricing": {"prompt": "0.0000007", "completion": "0.0000025", "internal_reasoning": "0.000003"},
           "supported_parameters": ["reasoning"]}
        ]}
        """

    @Test func importsLiteLLMChatModelsOfKnownProvidersAtExactPerMillionPrices() throws {
        let imported = try CatalogImport(data: Data(Self.litellm.utf8), source: "/tmp/l.json", checked: "2026-11-21")
        #expect(imported.format == .litellm)
        #expect(
            imported.entries.map(\.id) == [
                "anthropic/claude-haiku-4-5", "gemini/gemini-x", "openai/gpt-4o-mini",
                "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
            ])
        #expect(imported.skipped == 2, "the embedding model and the bedrock model")
        let mini = imported.entries[2]
        #expect(
            mini.price
                == ModelPrice(
                    input: Decimal(string: "0.15")!, output: Decimal(string: "0.6")!,
                    cachedInput: Decimal(string: "0.075")!))
        #expect(mini.context == 128000 && mini.maxOutput == 16384 && mini.tools == true)
        #expect(mini.modalities == ["text", "image"])
        #expect(mini.checked == "2026-11-21" && mini.source == "/tmp/l.json" && mini.origin == .imported)
        let haiku = imported.entries[0]
        #expect(haiku.price.cacheWrite == Decimal(string: "1.25"))
        #expect(haiku.providerSource == "https://example.test/anthropic")
        let gemini = imported.entries[1]
        #expect(gemini.price.reasoning == Decimal(string: "3.5"))
        #expect(gemini.note?.contains("long-context") == true)
    }

    @Test func importsOpenRouterModelsAndSkipsVariablePrices() throws {
        let imported = try CatalogImport(data: Data(Self.openrouter.utf8), source: "or.json", checked: "2026-11-21")
        #expect(imported.format == .openrouter)
        #expect(imported.entries.map(\.id) == ["openrouter/deepseek/deepseek-r1", "openrouter/openai/gpt-4o"])
        #expect(imported.skipped == 1)
        let gpt = imported.entries[1]
        #expect(
            gpt.price == ModelPrice(input: Decimal(string: "2.5")!, output: 10, cachedInput: Decimal(string: "1.25")!))
        #expect(gpt.context == 128000 && gpt.maxOutput == 16384 && gpt.tools == true)
        #expect(imported.entries[0].price.reasoning == 3)
    }

    @Test func rejectsFilesInNoKnownFormat() {
        #expect(throws: CostError.self) {
            try CatalogImport(data: Data(#"{"hello": 1}"#.utf8), source: "x.json", checked: "2026-11-21")
        }
        #expect(throws: CostError.self) {
            try CatalogImport(data: Data("not json".utf8), source: "x.json", checked: "2026-11-21")
        }
    }

    @Test func mergeWritesTheUserCatalogAndRoundTripsExactly() throws {
        let directory = try CostTestDirectory()
        let path = directory.file("data/catalog.json")
        let first = try CatalogImport(data: Data(Self.litellm.utf8), source: "l.json", checked: "2026-11-20")
        #expect(try first.merge(into: path) == (4, 0))
        let second = try CatalogImport(data: Data(Self.openrouter.utf8), source: "or.json", checked: "2026-11-21")
        #expect(try second.merge(into: path) == (2, 0))
        #expect(try first.merge(into: path) == (0, 4))
        let entries = try PriceCatalog.userEntries(at: path)
        #expect(entries.count == 6)
        #expect(entries.first { $0.id == "openai/gpt-4o-mini" }?.price.cachedInput == Decimal(string: "0.075"))
        let reread = try CatalogImport(
            data: try Data(contentsOf: URL(fileURLWithPath: path)), source: path, checked: "2026-11-22")
        #expect(reread.format == .llmgw)
        #expect(reread.entries.first { $0.id == "openai/gpt-4o-mini" }?.checked == "2026-11-20")
    }
}

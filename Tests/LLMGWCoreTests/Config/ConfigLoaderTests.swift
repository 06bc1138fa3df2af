import Foundation
import Testing

@testable import LLMGWCore

@Suite struct ConfigLoaderTests {
    static let fullExample = """
        default_model: fast
        providers:
          local:
            type: openai-compatible
            base_url: "http://127.0.0.1:8080/v1/"
            stream_usage: false
          work:
            type: anthropic
            api_key_env: WORK_ANTHROPIC_KEY
            headers: { anthropic-beta: "tools-2024" }
          azure:
            api_version: 2024-10-21
          mock:
            tokens_per_second: 50
            latency: 250ms
            output_tokens: 64
        models:
          local/qwen2.5: { price: { input: 0, output: 0 }, context: 32768 }
          openai/gpt-4o-mini:
            price: { input: 0.15, output: 0.60, cached_input: 0.075 }
            context: 128000
            max_output: 16384
            tools: true
            vision: true
            capabilities: [json, tools]
        routes:
          fast:
            strategy: fallback
            targets: [openai/gpt-4o-mini, work/claude-haiku-4-5, local/qwen2.5]
            retry: { attempts: 2 }
          canary:
            strategy: weighted
            targets: [{ model: openai/gpt-4o, weight: 95 }, { model: anthropic/claude-sonnet-4-5, weight: 5 }]
          smart:
            strategy: conditional
            rules:
              - { when: { input_tokens: ">8000" }, use: gemini/gemini-2.5-flash }
              - { use: fast }
        timeouts:
          connect: 10s
          first_token: 500ms
          idle: 1m
          total: 1h30m
        """

    @Test func parsesTheFullExample() async throws {
        let config = try ConfigLoader.parse(Self.fullExample, file: "config.yaml")
        #expect(config.defaultModel == "fast")
        #expect(config.file == "config.yaml")

        let local = try #require(config.providers["local"])
        #expect(local.kind == .openai)
        #expect(local.baseURL == "http://127.0.0.1:8080/v1")
        #expect(local.streamUsage == false)
        let work = try #require(config.providers["work"])
        #expect(work.kind == .anthropic)
        #expect(work.apiKeyEnv == "WORK_ANTHROPIC_KEY")
        #expect(work.headers == ["anthropic-beta": "tools-2024"])
        #expect(config.providers["azure"]?.apiVersion == "2024-10-21")
        #expect(config.providers["azure"]?.kind == nil)
        #expect(
            config.providers["mock"]?.mock
                == MockBehavior(latency: .milliseconds(250), tokensPerSecond: 50, outputTokens: 64))

        let mini = try #require(config.models["openai/gpt-4o-mini"])
        #expect(
            mini.price
                == ModelPrice(
                    input: Decimal(string: "0.15")!, output: Decimal(string: "0.6")!,
                    cachedInput: Decimal(string: "0.075")!))
        #expect(mini.context == 128000)
        #expect(mini.maxOutput == 16384)
        #expect(mini.tools == true && mini.vision == true)
        #expect(mini.capabilities == ["json", "tools"])
        #expect(config.models["local/qwen2.5"]?.price == ModelPrice(input: 0, output: 0))

        #expect(
            config.routes["fast"]?.targets.map(\.model) == [
                "openai/gpt-4o-mini", "work/claude-haiku-4-5",
                "local/qwen2.5",
            ])
        #expect(config.routes["fast"]?.retry == ["attempts": 2])
        #expect(config.routes["canary"]?.strategy == "weighted")
        #expect(
            config.routes["canary"]?.targets == [
                RouteTarget(model: "openai/gpt-4o", weight: 95),
                RouteTarget(model: "anthropic/claude-sonnet-4-5", weight: 5),
            ])
        #expect(config.routes["smart"]?.ruleTargets == ["gemini/gemini-2.5-flash", "fast"])
        #expect(config.routes["smart"]?.rules?[0]?["when"]?["input_tokens"] == ">8000")

        #expect(
            config.timeouts
                == TimeoutDefaults(
                    connect: .seconds(10), firstToken: .milliseconds(500),
                    idle: .seconds(60), total: .seconds(5400)))
    }

    @Test func emptyTextAndCommentsAreAnEmptyConfig() async throws {
        for text in ["", "\n\n", "# nothing yet\n", "---\n"] {
            let config = try ConfigLoader.parse(text, file: "c.yaml")
            #expect(config.providers.isEmpty && config.routes.isEmpty && config.defaultModel == nil)
        }
    }

    @Test func missingDefaultFileIsEmptyButMissingExplicitFileIsAnError() async throws {
        let directory = try StorageTestDirectory()
        let implicit = LLMGWPaths.resolve(environment: ["HOME": directory.path])
        #expect(try ConfigLoader.loadIfPresent(paths: implicit) == .empty)

        let explicit = LLMGWPaths.resolve(
            environment: ["HOME": directory.path], configOverride: directory.file("x.yaml"))
        #expect(throws: ConfigError.fileNotFound(path: directory.file("x.yaml"))) {
            try ConfigLoader.loadIfPresent(paths: explicit)
        }
        let error = try #require(throws: ConfigError.self) { try ConfigLoader.loadIfPresent(paths: explicit) }
        #expect(error.failureClass == .usage)
        #expect(error.message.contains(directory.file("x.yaml")))
    }

    @Test func loadsAFileAndReportsItsPathInErrors() async throws {
        let directory = try StorageTestDirectory()
        let good = try directory.write("good.yaml", "default_model: openai/gpt-4o-mini\n")
        #expect(try ConfigLoader.load(from: good).defaultModel == "openai/gpt-4o-mini")

        let bad = try directory.write("bad.yaml", "routes:\n  fast:\n    targets: [nowhere]\n")
        let error = try #require(throws: ConfigError.self) { try ConfigLoader.load(from: bad) }
        #expect(error.message.hasPrefix("\(bad):3:"))
    }

    @Test func durationsParse() async throws {
        #expect(ConfigDuration.parse("500ms") == .milliseconds(500))
        #expect(ConfigDuration.parse("10s") == .seconds(10))
        #expect(ConfigDuration.parse("1.5s") == .milliseconds(1500))
        #expect(ConfigDuration.parse("2m") == .seconds(120))
        #expect(ConfigDuration.parse("1h30m") == .seconds(5400))
        #expect(ConfigDuration.parse("3") == .seconds(3))
        #expect(ConfigDuration.parse("10 parsecs") == nil)
        #expect(ConfigDuration.parse("-1s") == nil)
        #expect(ConfigDuration.parse("") == nil)
    }
}

import Testing

@testable import LLMGWCore

@Suite struct ConfigLoaderErrorTests {
    private func failure(_ yaml: String) throws -> ConfigError {
        try #require(throws: ConfigError.self) { try ConfigLoader.parse(yaml, file: "config.yaml") }
    }

    @Test func yamlSyntaxErrorNamesTheLine() async throws {
        let error = try failure("providers:\n  local:\n    type: [openai\n    base_url: x\n")
        guard case .syntax(let location, _) = error else { Issue.record("got \(error)"); return }
        #expect(location.file == "config.yaml")
        #expect(location.line >= 3)
        #expect(error.message.hasPrefix("config.yaml:\(location.line):"))
        #expect(error.failureClass == .usage)
    }

    @Test func duplicateKeysAreASyntaxError() async throws {
        let error = try failure("routes: {}\nroutes: {}\n")
        guard case .syntax = error else { Issue.record("got \(error)"); return }
        #expect(error.message.contains("routes"))
    }

    @Test func wrongTypeNamesLineAndKeyPath() async throws {
        let error = try failure("models:\n  openai/gpt-4o:\n    context: lots\n")
        #expect(error.location?.line == 3)
        #expect(error.keyPath == "models.openai/gpt-4o.context")
        #expect(error.message.hasPrefix("config.yaml:3:14: models.openai/gpt-4o.context: expected a whole number"))
    }

    @Test func wrongTypeAtTheTopLevel() async throws {
        let error = try failure("- just\n- a list\n")
        #expect(error.message.contains("expected a mapping, found a list"))
    }

    @Test func unknownKeySuggestsTheClosest() async throws {
        let error = try failure("routes:\n  fast:\n    stratgy: fallback\n    targets: [openai/gpt-4o]\n")
        guard case .unknownKey(let location, let path, _, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(location.line == 3)
        #expect(path == "routes.fast.stratgy")
        #expect(suggestion == "strategy")
        #expect(error.message.contains("did you mean 'strategy'?"))
    }

    @Test func unknownTopLevelKey() async throws {
        let error = try failure("default_model: openai/gpt-4o\nprovider:\n  x: {}\n")
        #expect(error.location?.line == 2)
        #expect(error.keyPath == "provider")
        #expect(error.message.contains("did you mean 'providers'?"))
    }

    @Test func literalAPIKeyIsRefusedWithoutEchoingIt() async throws {
        let secret = "test-key-live-0123456789abcdefghijkl"
        let error = try failure("providers:\n  openai:\n    api_key: \(secret)\n")
        #expect(error.location?.line == 3)
        #expect(error.keyPath == "providers.openai.api_key")
        #expect(error.message.contains("llmgw keys set openai"))
        #expect(error.message.contains("api_key_env"))
        #expect(!error.message.contains(secret))
    }

    @Test func aKeyPastedIntoAPIKeyEnvIsRefusedWithoutEchoingIt() async throws {
        let secret = "test-key-live-0123456789abcdefghijkl"
        let error = try failure("providers:\n  work:\n    type: openai\n    api_key_env: \(secret)\n")
        #expect(error.location?.line == 4)
        #expect(error.keyPath == "providers.work.api_key_env")
        #expect(!error.message.contains(secret))
    }

    @Test func unknownProviderTypeSuggests() async throws {
        let error = try failure("providers:\n  local:\n    type: openai-compatable\n    base_url: http://x/v1\n")
        guard case .unknownProviderType(let location, let path, let value, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(location.line == 3)
        #expect(path == "providers.local.type")
        #expect(value == "openai-compatable")
        #expect(suggestion == "openai-compatible")
    }

    @Test func customProviderNeedsAType() async throws {
        let error = try failure("providers:\n  local:\n    base_url: http://x/v1\n")
        guard case .missingKey(let location, let path, _) = error else { Issue.record("got \(error)"); return }
        #expect(location.line == 3)
        #expect(path == "providers.local.type")
    }

    @Test func routeTargetThatIsNeitherModelNorRoute() async throws {
        let yaml = """
            routes:
              fast:
                targets: [openai/gpt-4o-mini]
              slow:
                targets:
                  - openai/gpt-4o
                  - fsat
            """
        let error = try failure(yaml)
        guard case .unknownTarget(let location, let path, let target, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(location.line == 7)
        #expect(path == "routes.slow.targets[1]")
        #expect(target == "fsat")
        #expect(suggestion == "fast")
    }

    @Test func routeTargetWithUnknownProvider() async throws {
        let error = try failure("routes:\n  fast:\n    targets:\n      - { model: opneai/gpt-4o, weight: 1 }\n")
        guard case .unknownProvider(let location, let path, let provider, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(location.line == 4)
        #expect(path == "routes.fast.targets[0].model")
        #expect(provider == "opneai")
        #expect(suggestion == "openai")
    }

    @Test func ruleUseIsCheckedToo() async throws {
        let error = try failure("routes:\n  smart:\n    strategy: conditional\n    rules:\n      - { use: nowhere }\n")
        #expect(error.location?.line == 5)
        #expect(error.keyPath == "routes.smart.rules[0].use")
    }

    @Test func routeCycleIsReported() async throws {
        let yaml = """
            routes:
              a:
                targets: [b]
              b:
                targets: [openai/gpt-4o, c]
              c:
                strategy: conditional
                rules:
                  - { use: a }
            """
        let error = try failure(yaml)
        guard case .routeCycle(let location, let path, let cycle) = error else { Issue.record("got \(error)"); return }
        #expect(cycle == ["a", "b", "c", "a"])
        #expect(location.line == 9)
        #expect(path == "routes.c.rules[0].use")
        #expect(error.message.contains("a → b → c → a"))
    }

    @Test func negativeWeightNamesTheExactKeyPath() async throws {
        let yaml = """
            routes:
              canary:
                strategy: weighted
                targets:
                  - { model: openai/gpt-4o, weight: 95 }
                  - { model: anthropic/claude-sonnet-4-5, weight: -5 }
            """
        let error = try failure(yaml)
        guard case .invalidValue(let location, let path, _, _) = error else { Issue.record("got \(error)"); return }
        #expect(location.line == 6)
        #expect(path == "routes.canary.targets[1].weight")
        #expect(error.message.hasPrefix("config.yaml:6:"))
        #expect(error.message.contains("zero or more"))
    }

    @Test func negativePriceIsRefused() async throws {
        let error = try failure("models:\n  openai/gpt-4o:\n    price:\n      input: 2.5\n      output: -10\n")
        #expect(error.location?.line == 5)
        #expect(error.keyPath == "models.openai/gpt-4o.price.output")
    }

    @Test func modelKeyNeedsAProvider() async throws {
        let error = try failure("models:\n  gpt-4o: { context: 1000 }\n")
        #expect(error.location?.line == 2)
        #expect(error.keyPath == "models.gpt-4o")
    }

    @Test func badDurationAndUnknownStrategy() async throws {
        let duration = try failure("timeouts:\n  connect: soon\n")
        #expect(duration.location?.line == 2)
        #expect(duration.keyPath == "timeouts.connect")

        let strategy = try failure("routes:\n  r:\n    strategy: weigthed\n    targets: [openai/gpt-4o]\n")
        #expect(strategy.location?.line == 3)
        #expect(strategy.message.contains("did you mean 'weighted'?"))
    }

    @Test func mockSettingsOnlyForMock() async throws {
        let error = try failure("providers:\n  openai:\n    latency: 1s\n")
        #expect(error.keyPath == "providers.openai.latency")
        #expect(error.location?.line == 3)
    }

    @Test func defaultModelIsChecked() async throws {
        let error = try failure("default_model: fastest\nroutes:\n  fast: { targets: [openai/gpt-4o] }\n")
        guard case .unknownTarget(let location, _, _, let suggestion) = error else {
            Issue.record("got \(error)")
            return
        }
        #expect(location.line == 1)
        #expect(suggestion == "fast")
    }
}

import Testing

@testable import LLMGWCore

@Suite struct RouteConfigTests {
    @Test func typedRulesRetryBreakerTimeoutsAndLimitsAreRead() throws {
        let config = try RoutingFixture.config(
            """
            limits:
              a: { rpm: 60, concurrency: 4 }
              b/y: { tpm: 100000 }
            routes:
              r:
                strategy: conditional
                rules:
                  - { when: { input_tokens: ">8k", prompt: "(?i)code", capabilities: [tools], tags: [x] }, use: a/x }
                  - { use: b/y }
                retry: { attempts: 3, max_attempts: 5, backoff: 100ms, max_backoff: 2s, max_retry_after: 30s }
                breaker: { failures: 2, cooldown: 10s, probes: 2, ramp: 0s }
                timeouts: { connect: 1s, first_token: 2s, idle: 3s, total: 4s }
                resume_on_fallback: true
            """)
        let route = try #require(config.routes["r"])
        #expect(route.typedRules.count == 2)
        #expect(route.typedRules[0].inputTokens == TokenComparison(.greater, 8000))
        #expect(route.typedRules[0].prompt?.pattern == "(?i)code")
        #expect(route.typedRules[0].capabilities == ["tools"])
        #expect(route.typedRules[1].summary == "always")
        #expect(
            route.retrySettings
                == RetrySettings(
                    attemptsPerTarget: 3, maxAttempts: 5, backoffBase: .milliseconds(100), backoffMax: .seconds(2),
                    maxRetryAfter: .seconds(30)))
        #expect(
            route.breaker
                == BreakerSettings(failureThreshold: 2, cooldown: .seconds(10), halfOpenSuccesses: 2, ramp: .zero))
        #expect(route.timeouts?.total == .seconds(4))
        #expect(route.resumeOnFallback == true)
        #expect(config.limits["a"] == RateLimit(requestsPerMinute: 60, concurrency: 4))
        #expect(config.limits["b/y"] == RateLimit(tokensPerMinute: 100_000))
    }

    @Test(arguments: [
        (
            "routes:\n  r: { strategy: conditional, rules: [{ when: { input_tokens: lots }, use: a/x }] }\n",
            "input_tokens"
        ),
        (
            "routes:\n  r: { strategy: conditional, rules: [{ when: { prompt: \"(\" }, use: a/x }] }\n",
            "regular expression"
        ),
        (
            "routes:\n  r: { strategy: conditional, rules: [{ when: { capabilities: [telepathy] }, use: a/x }] }\n",
            "telepathy"
        ),
        ("routes:\n  r: { strategy: conditional, rules: [{ when: { size: 3 }, use: a/x }] }\n", "size"),
        ("routes:\n  r: { strategy: conditional, rules: [{ when: { tags: [x] } }] }\n", "use"),
        ("routes:\n  r: { targets: [a/x], retry: { tries: 2 } }\n", "tries"),
        ("routes:\n  r: { targets: [a/x], breaker: { failures: 0 } }\n", "failures"),
        ("limits:\n  nobody: { rpm: 1 }\n", "nobody"),
    ])
    func badRouteSettingsNameTheKey(yaml: String, mention: String) {
        do {
            _ = try RoutingFixture.config(yaml)
            Issue.record("expected a config error for \(yaml)")
        } catch let error as ConfigError {
            #expect(error.message.contains(mention) || (error.keyPath ?? "").contains(mention), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

import Foundation
import Testing

@testable import LLMGWCore

@Suite struct CostCalculatorTests {
    @Test func pricesToTheMicroDollarWithoutFloatDrift() {
        // 0.15 and 0.60 $/1M are not exact in binary floating point; decimal arithmetic is.
        let price = ModelPrice(input: Decimal(string: "0.15")!, output: Decimal(string: "0.60")!)
        let usage = Usage(inputTokens: 1_000_001, outputTokens: 333_333)
        // 1_000_001 × 0.15 = 150000.15 µ$, 333_333 × 0.60 = 199999.8 µ$ → 349999.95 → 350000
        #expect(CostCalculator.micros(usage: usage, price: price) == 350_000)
    }

    @Test func chargesCachedInputAtTheCachedPrice() {
        let price = ModelPrice(
            input: Decimal(string: "2.50")!, output: 10, cachedInput: Decimal(string: "1.25")!)
        let usage = Usage(inputTokens: 1000, outputTokens: 100, cachedInputTokens: 400)
        // 600 × 2.5 + 400 × 1.25 + 100 × 10 = 1500 + 500 + 1000
        #expect(CostCalculator.micros(usage: usage, price: price) == 3000)
    }

    @Test func reasoningTokensAreChargedAsOutput() {
        let price = ModelPrice(input: 1, output: 4)
        let usage = Usage(inputTokens: 10, outputTokens: 50, reasoningTokens: 40)
        #expect(CostCalculator.micros(usage: usage, price: price) == 10 + 200)
    }

    @Test func unknownPriceIsUnknownNotZero() {
        let calculator = CostCalculator(config: LLMGWConfig())
        var report = CallReport(
            endpoint: ProviderEndpoint(provider: "openai", kind: .openai, baseURL: "https://x", model: "new-model"))
        report.result.usage = Usage(inputTokens: 10, outputTokens: 10)
        #expect(calculator.cost(of: report) == nil)
    }

    @Test func configuredPriceAndTheFreeMock() {
        var config = LLMGWConfig()
        config.models["local/qwen"] = ModelConfig(price: ModelPrice(input: 1, output: 2))
        let calculator = CostCalculator(config: config)
        var report = CallReport(
            endpoint: ProviderEndpoint(provider: "local", kind: .openai, baseURL: "http://x", model: "qwen"))
        report.result.usage = Usage(inputTokens: 3, outputTokens: 5)
        #expect(calculator.cost(of: report) == 13)
        report.endpoint = ProviderEndpoint(provider: "mock", kind: .mock, baseURL: "mock://local/v1", model: "echo")
        #expect(calculator.cost(of: report) == 0)
        report.result.usage = nil
        #expect(calculator.cost(of: report) == nil)
    }

    @Test func chargesCacheWritesAndReasoningAtTheirOwnPrices() {
        // Anthropic-style: 3 $/1M input, 0.30 cache read, 3.75 cache write, 15 output.
        let price = ModelPrice(
            input: 3, output: 15, cachedInput: Decimal(string: "0.30")!, cacheWrite: Decimal(string: "3.75")!)
        let usage = Usage(inputTokens: 10_007, outputTokens: 333, cachedInputTokens: 4_001, cacheWriteTokens: 2_003)
        // 4003 × 3 + 4001 × 0.3 + 2003 × 3.75 + 333 × 15 = 12009 + 1200.3 + 7511.25 + 4995 = 25715.55
        #expect(CostCalculator.exactMicros(usage: usage, price: price) == Decimal(string: "25715.55")!)
        #expect(CostCalculator.micros(usage: usage, price: price) == 25_716)
        // Reasoning priced apart from visible output.
        let reasoningPrice = ModelPrice(
            input: Decimal(string: "0.3")!, output: Decimal(string: "2.5")!, reasoning: Decimal(string: "3.5")!)
        let reasoning = Usage(inputTokens: 1_001, outputTokens: 700, reasoningTokens: 601)
        // 1001 × 0.3 + 99 × 2.5 + 601 × 3.5 = 300.3 + 247.5 + 2103.5 = 2651.3
        #expect(CostCalculator.exactMicros(usage: reasoning, price: reasoningPrice) == Decimal(string: "2651.3")!)
        #expect(CostCalculator.micros(usage: reasoning, price: reasoningPrice) == 2_651)
    }

    @Test func sumsOfManyCallsDoNotDrift() {
        // 0.1 + 0.2 style amounts: a million calls of 1 token at 0.1 $/1M is exactly 100000 µ$.
        let price = ModelPrice(input: Decimal(string: "0.1")!, output: Decimal(string: "0.2")!)
        var total = Decimal(0)
        for _ in 0..<10_000 {
            total += CostCalculator.exactMicros(usage: Usage(inputTokens: 1, outputTokens: 1), price: price)
        }
        #expect(total == Decimal(string: "3000")!)
    }

    @Test func countsClampToTheirParents() {
        // More cached or reasoning tokens than the totals must not produce negative charges.
        let price = ModelPrice(input: 2, output: 8, cachedInput: 1, cacheWrite: 4, reasoning: 10)
        let usage = Usage(
            inputTokens: 10, outputTokens: 5, cachedInputTokens: 8, cacheWriteTokens: 8, reasoningTokens: 9)
        // 0 plain + 8 × 1 + 2 × 4, 0 plain output + 5 × 10
        #expect(CostCalculator.micros(usage: usage, price: price) == 8 + 8 + 50)
    }

    @Test func pricesKnownModelsFromTheEmbeddedCatalog() throws {
        let calculator = CostCalculator(config: LLMGWConfig())
        let price = try #require(calculator.price(provider: "openai", model: "gpt-4o-mini", kind: .openai))
        var report = CallReport(
            endpoint: ProviderEndpoint(provider: "openai", kind: .openai, baseURL: "https://x", model: "gpt-4o-mini"))
        report.result.usage = Usage(inputTokens: 1_000, outputTokens: 1_000, cachedInputTokens: 500)
        // 500 × 0.15 + 500 × 0.075 + 1000 × 0.6 = 75 + 37.5 + 600 = 712.5 → 713
        #expect(price.cachedInput == Decimal(string: "0.075"))
        #expect(calculator.cost(of: report) == 713)
    }

    @Test func formatsDollars() {
        #expect(CostFormat.dollars(micros: 150) == "$0.000150")
        #expect(CostFormat.dollars(micros: 12_345_678) == "$12.345678")
        #expect(CostFormat.dollars(micros: -5) == "-$0.000005")
    }
}

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

    @Test func formatsDollars() {
        #expect(CostFormat.dollars(micros: 150) == "$0.000150")
        #expect(CostFormat.dollars(micros: 12_345_678) == "$12.345678")
        #expect(CostFormat.dollars(micros: -5) == "-$0.000005")
    }
}

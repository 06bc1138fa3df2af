import Foundation
import Testing

@testable import LLMGWCore

@Suite struct CostEstimateTests {
    static func calculator() -> CostCalculator {
        var config = LLMGWConfig()
        config.models["a/cheap"] = ModelConfig(price: ModelPrice(input: Decimal(string: "0.1")!, output: 1))
        config.models["a/dear"] = ModelConfig(price: ModelPrice(input: 3, output: 15), maxOutput: 100)
        return CostCalculator(config: config, catalog: PriceCatalog())
    }

    @Test func sortsCheapestFirstAndUnknownLast() {
        let estimates = CostEstimate.estimate(
            messages: [.text(.user, String(repeating: "word ", count: 200))],
            models: [
                ("a", "dear", .openai), ("a", "unknown", .openai), ("a", "cheap", .openai), ("mock", "echo", .mock),
            ],
            output: .tokens(1000), calculator: Self.calculator())
        #expect(estimates.map(\.model) == ["mock/echo", "a/cheap", "a/dear", "a/unknown"])
        #expect(estimates[3].costMicros == nil && estimates[3].per1kMicros == nil)
        #expect(estimates[0].costMicros == 0)
    }

    @Test func pricesPerCallAndPerThousandCallsExactly() throws {
        let estimates = CostEstimate.estimate(
            messages: [.text(.user, "hello world")], models: [("a", "cheap", .openai)], output: .tokens(3),
            calculator: Self.calculator())
        let estimate = try #require(estimates.first)
        let input = estimate.inputTokens
        // input × 0.1 + 3 × 1 µ$ per call; per 1k calls the fraction is kept before rounding.
        let exact = Decimal(input) * Decimal(string: "0.1")! + 3
        #expect(estimate.per1kMicros == CostCalculator.rounded(exact * 1000))
        #expect(estimate.costMicros == CostCalculator.rounded(exact))
        #expect(estimate.tokensExact == TokenCounter.forModel("a/cheap").isExact)
    }

    @Test func outputRatioRoundsUpAndMaxOutputCaps() throws {
        let messages = [ChatMessage.text(.user, String(repeating: "abcd", count: 400))]
        let input = TokenCounter.forModel("a/cheap").countChat(messages)
        let estimates = CostEstimate.estimate(
            messages: messages, models: [("a", "cheap", .openai), ("a", "dear", .openai)],
            output: .ratio(Decimal(string: "0.5")!), calculator: Self.calculator())
        let cheap = try #require(estimates.first { $0.model == "a/cheap" })
        #expect(cheap.outputTokens == (input + 1) / 2)
        let dear = try #require(estimates.first { $0.model == "a/dear" })
        #expect(dear.outputTokens == 100, "capped at max_output")
    }
}

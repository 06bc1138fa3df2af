import Foundation
import LLMGWCore
import Testing

/// `chat` keeps llmgw's own prompt estimate beside the provider's reported usage, which later
/// calibrates estimates for models without an exact tokenizer.
@Suite struct ChatCalibrationTests {
    @Test func aCallWithReportedUsageRecordsTheEstimateForCalibration() async throws {
        try await Upstream.with(.anthropic) { upstream in
            try upstream.configure()
            let result = try await upstream.run(["chat", "-m", "local/lorem", "calibrate me with a few words"])
            #expect(result.status == 0, "\(result.summary)")
            let record = try #require(try requestLogRecords(in: upstream.home).first)
            #expect(record.usageSource == .reported)
            let estimate = try #require(record.estimatedInputTokens, "the estimate is recorded: \(record)")
            #expect(estimate > 0)
        }
    }

    @Test func theBuiltInMockIsNotUsedForCalibration() async throws {
        let home = try TempHome()
        let result = try await home.run(["chat", "-m", "mock/echo", "hello"])
        #expect(result.status == 0, "\(result.summary)")
        let record = try #require(try requestLogRecords(in: home).first)
        #expect(record.estimatedInputTokens == nil)
    }
}

import Foundation
import LLMGWCore
import Testing

/// The request log names the key that served a call: a variable's name, never the key itself.
@Suite struct ChatKeyNameTests {
    @Test func aKeyFromTheEnvironmentIsLoggedByItsVariableName() async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure()
            let result = try await upstream.run(["chat", "-m", "local/lorem", "which key?"])
            #expect(result.status == 0, "\(result.summary)")
            let record = try #require(try requestLogRecords(in: upstream.home).first)
            #expect(record.keyName == "env:\(testKeyVariable)")
            #expect(record.keyName?.contains(testKey) == false)
        }
    }
}

import Foundation
import LLMGWCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C (and SIGTERM) stop a stream at once, keep what arrived, log the call and exit 130.
@Suite struct ChatInterruptTests {
    @Test(arguments: WireFormat.allCases, [SIGINT, SIGTERM])
    func signalStopsTheStreamKeepsTheTextAndExits130(format: WireFormat, signal: Int32) async throws {
        try await Upstream.with(format) { upstream in
            // 400 tokens at 20 per second would take 20 s.
            try upstream.configure(headers: ["x-mock-tokens-per-second": "20", "x-mock-output-tokens": "400"])
            let result = try await upstream.run(
                ["chat", "-m", "local/lorem", "stream slowly"], deadline: .seconds(30),
                interruptAfterStdoutBytes: 1, signal: signal)
            let afterSignal = try #require(result.exitAfterSignal, "no output arrived: \(result.summary)")
            #expect(!result.timedOut, "\(result.summary)")
            #expect(!result.killedBySignal, "llmgw handles the signal itself: \(result.summary)")
            #expect(result.status == 130, "\(result.summary)")
            #expect(afterSignal < .seconds(5), "exit within a few seconds of the signal, took \(afterSignal)")
            #expect(!result.out.isEmpty, "the partial answer is kept")
            let words = result.out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "." })
            #expect(words.count < 300, "the stream did not run to the end: \(words.count) words")
            #expect(result.err.contains("interrupted"), "\(result.summary)")

            let records = try requestLogRecords(in: upstream.home)
            try #require(records.count == 1, "the interrupted call is logged: \(records)")
            #expect(records[0].status == .interrupted)
            #expect(records[0].provider == "local")
            #expect(records[0].model == "lorem")
        }
    }

    @Test func interruptedCallIsNotContinued() async throws {
        try await Upstream.with(.openai) { upstream in
            try upstream.configure(headers: ["x-mock-tokens-per-second": "20", "x-mock-output-tokens": "400"])
            let result = try await upstream.run(
                ["chat", "-m", "local/lorem", "stream slowly"], interruptAfterStdoutBytes: 1)
            #expect(result.status == 130, "\(result.summary)")
            // An interrupted turn is not saved as a conversation, so there is nothing to continue.
            let continued = try await upstream.run(["chat", "-c", "-m", "local/lorem", "go on"])
            #expect(continued.status == 2, "\(continued.summary)")
            #expect(continued.err.contains("no earlier conversation"), "\(continued.summary)")
        }
    }
}

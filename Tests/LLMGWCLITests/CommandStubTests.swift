import Foundation
import Testing

/// Commands listed in `--help` but not in this build: each says so and exits 2.
@Suite struct CommandStubTests {
    @Test(arguments: [
        ["route"], ["route", "list"], ["route", "explain", "default"], ["bench"], ["bench", "--concurrency", "4"],
        ["compare"], ["compare", "hello", "-m", "mock/echo", "-m", "mock/lorem"], ["keys"], ["keys", "set", "openai"],
        ["cost"], ["cost", "tokens", "hello"],
    ])
    func notYetBuiltCommandExits2(arguments: [String]) async throws {
        let home = try TempHome()
        let result = try await home.run(arguments)
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("`llmgw \(arguments[0])` is not available in this build yet"), "\(result.summary)")
        #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
    }

    @Test func helpListsTheCommandsAndExits0() async throws {
        let home = try TempHome()
        let result = try await home.run(["--help"])
        #expect(result.status == 0, "\(result.summary)")
        for command in ["chat", "route", "bench", "compare", "keys", "cost", "mock"] {
            #expect(result.out.contains(command), "--help lists \(command)")
        }
    }

    @Test func versionPrintsTheVersion() async throws {
        let home = try TempHome()
        let result = try await home.run(["--version"])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines).range(
            of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil, "\(result.summary)")
    }

    @Test func unknownCommandExits2() async throws {
        let home = try TempHome()
        let result = try await home.run(["frobnicate"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(!result.err.isEmpty)
    }
}

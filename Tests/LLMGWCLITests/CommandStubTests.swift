import Foundation
import Testing

/// Commands listed in `--help` but not in this build: each says so and exits 2.
@Suite struct CommandStubTests {
    /// Each case: the command line, and the command path the note names.
    static let unbuilt: [([String], String)] = [
        (["route", "serve"], "route serve"), (["route", "serve", "--port", "8080"], "route serve"),
        (["bench"], "bench"), (["bench", "--concurrency", "4"], "bench"), (["compare"], "compare"),
        (["compare", "hello", "-m", "mock/echo", "-m", "mock/lorem"], "compare"),
    ]

    @Test(arguments: unbuilt)
    func notYetBuiltCommandExits2(arguments: [String], path: String) async throws {
        let home = try TempHome()
        let result = try await home.run(arguments)
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty, "\(result.summary)")
        #expect(result.err.contains("`llmgw \(path)` is not available in this build yet"), "\(result.summary)")
        #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
    }

    @Test func commandGroupWithoutASubcommandListsItsSubcommands() async throws {
        let home = try TempHome()
        let result = try await home.run(["cost"])
        #expect(result.status == 0, "\(result.summary)")
        for subcommand in ["tokens", "estimate", "models", "report"] {
            #expect(result.out.contains(subcommand), "`llmgw cost` lists \(subcommand)")
        }
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
        #expect(
            result.out.trimmingCharacters(in: .whitespacesAndNewlines).range(
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

import ArgumentParser
import Foundation
import Testing

@testable import LLMGWCLI

/// completions/ and man/ are generated from the commands; these tests fail when they fall behind.
@Suite struct GeneratedDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func committed(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [
        (CompletionShell.bash, "completions/llmgw.bash"),
        (CompletionShell.zsh, "completions/_llmgw"),
        (CompletionShell.fish, "completions/llmgw.fish"),
    ])
    func completionScriptIsCurrent(shell: CompletionShell, path: String) throws {
        let generated = LLMGW.completionScript(for: shell)
        let onDisk = try Self.committed(path)
        #expect(
            onDisk.trimmingCharacters(in: .whitespacesAndNewlines)
                == generated.trimmingCharacters(in: .whitespacesAndNewlines),
            "\(path) is out of date: run Scripts/generate-docs")
    }

    @Test func manPageCoversEveryCommandAndOption() throws {
        let page = try Self.committed("man/llmgw.1")
        let help = try #require(try JSONSerialization.jsonObject(with: Data(LLMGW._dumpHelp().utf8)) as? [String: Any])
        let command = try #require(help["command"] as? [String: Any])
        var missing: [String] = []
        func visit(_ command: [String: Any]) {
            if let name = command["commandName"] as? String, !page.contains(name) { missing.append("command \(name)") }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let visible = (argument["shouldDisplay"] as? Bool) ?? true
                guard visible else { continue }
                for name in argument["names"] as? [[String: Any]] ?? [] {
                    guard let kind = name["kind"] as? String, kind == "long", let text = name["name"] as? String
                    else { continue }
                    // mdoc escapes hyphens in flags as \-.
                    if !page.contains(text) && !page.contains(text.replacingOccurrences(of: "-", with: "\\-")) {
                        missing.append("--\(text)")
                    }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
        }
        visit(command)
        #expect(missing.isEmpty, "man/llmgw.1 is out of date (missing \(missing)): run Scripts/generate-docs")
    }
}

import Foundation
import LLMGWCore
import Testing

/// `llmgw cost tokens` through the real binary: files and stdin, encodings and models, formats.
@Suite struct CostTokensCommandTests {
    @Test func stdinWithOneModelPrintsTheBareCount() async throws {
        let home = try TempHome()
        let result = try await home.run(["cost", "tokens", "-m", "openai/gpt-4o"], stdin: Data("hello world".utf8))
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "2\n", "\(result.summary)")
        #expect(result.err.isEmpty, "\(result.summary)")
    }

    @Test func filesAreCountedInBothEncodingsWithATotal() async throws {
        let home = try TempHome()
        let prose = "The router weighs what's left; you'll see it in `llmgw route explain`.\n"
        let code = "func f(x: Int) -> Int {\n    return x * 2  // double\n}\n"
        let first = try home.writeFile("prose.txt", prose)
        let second = try home.writeFile("code.swift", code)
        let result = try await home.run(["cost", "tokens", first, second])
        #expect(result.status == 0, "\(result.summary)")
        let lines = result.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.count == 4, "\(result.summary)")
        #expect(lines.first == ["input", "bytes", "o200k_base", "cl100k_base"], "\(result.summary)")
        let o200k = [prose, code].map(TokenEncoding.o200kBase.count)
        let cl100k = [prose, code].map(TokenEncoding.cl100kBase.count)
        #expect(lines[1] == [first, String(prose.utf8.count), String(o200k[0]), String(cl100k[0])])
        #expect(lines[2] == [second, String(code.utf8.count), String(o200k[1]), String(cl100k[1])])
        #expect(
            lines[3] == [
                "total", String(prose.utf8.count + code.utf8.count), String(o200k[0] + o200k[1]),
                String(cl100k[0] + cl100k[1]),
            ])
    }

    @Test func jsonLabelsExactAndEstimatedCountsAndInvalidUTF8() async throws {
        let home = try TempHome()
        let path = home.root.appendingPathComponent("bytes.bin")
        // Python: b"caf\xc3\xa9 \xff\xfe ok\xe2\x82".decode("utf-8", "replace") -> "café \ufffd\ufffd ok\ufffd"
        try Data([0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xFF, 0xFE, 0x20, 0x6F, 0x6B, 0xE2, 0x82]).write(to: path)
        let result = try await home.run([
            "cost", "tokens", "--json", "-m", "gpt-4", "-m", "anthropic/claude-haiku-4-5", path.path,
        ])
        #expect(result.status == 0, "\(result.summary)")
        let object = try result.jsonObject()
        #expect(object["schema"] as? String == "llmgw.tokens/1")
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.map { $0["label"] as? String } == ["gpt-4", "anthropic/claude-haiku-4-5"])
        #expect(columns.map { $0["exact"] as? Bool } == [true, false])
        #expect(columns.map { $0["encoding"] as? String } == ["cl100k_base", "o200k_base"])
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.count == 1)
        #expect(inputs[0]["replaced_invalid_utf8"] as? Bool == true)
        #expect(inputs[0]["bytes"] as? Int == 13)
        let text = "café \u{FFFD}\u{FFFD} ok\u{FFFD}"
        let tokens = try #require(inputs[0]["tokens"] as? [String: Int])
        #expect(tokens["gpt-4"] == TokenEncoding.cl100kBase.count(text))
        #expect(tokens["anthropic/claude-haiku-4-5"] == TokenEncoding.o200kBase.count(text))
        let total = try #require(object["total"] as? [String: Any])
        #expect((total["tokens"] as? [String: Int]) == tokens)
        #expect(result.err.contains("not valid UTF-8"), "\(result.summary)")
        #expect(result.err.contains("anthropic/claude-haiku-4-5 are estimates"), "\(result.summary)")
    }

    @Test func estimatesAreMarkedInTheTable() async throws {
        let home = try TempHome()
        let result = try await home.run(
            ["cost", "tokens", "-m", "gemini/gemini-2.5-flash", "--format", "csv"], stdin: Data("hello world".utf8))
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.out == "input,bytes,gemini/gemini-2.5-flash\n-,11,~2\n", "\(result.summary)")
    }

    @Test func aMissingFileIsAUsageError() async throws {
        let home = try TempHome()
        let result = try await home.run(["cost", "tokens", "/nonexistent/llmgw-tokens.txt"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.out.isEmpty)
        #expect(result.err.contains("/nonexistent/llmgw-tokens.txt"), "\(result.summary)")
    }

    @Test func anUnknownEncodingIsAUsageError() async throws {
        let home = try TempHome()
        let result = try await home.run(["cost", "tokens", "--encoding", "p50k_base"], stdin: Data("x".utf8))
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.err.contains("o200k_base"), "\(result.summary)")
    }
}

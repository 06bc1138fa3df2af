import Foundation
import LLMGWCore
import Testing

/// `llmgw cost report` over a request log that real `chat` calls wrote.
@Suite struct CostReportCommandTests {
    @Test func reportsSpendFromTheRequestLog() async throws {
        let home = try TempHome()
        try home.writeConfig(
            """
            models:
              mock/echo: { price: { input: 1, output: 2 } }
            """)
        for prompt in ["one", "two"] {
            let chat = try await home.run(["chat", "-m", "mock/echo", "--json", prompt])
            #expect(chat.status == 0, "\(chat.summary)")
        }
        let lorem = try await home.run(["chat", "-m", "mock/lorem", "--json", "three"])
        #expect(lorem.status == 0, "\(lorem.summary)")

        let json = try await home.run(["cost", "report", "--since", "1d", "--json"])
        #expect(json.status == 0, "\(json.summary)")
        let object = try json.jsonObject()
        #expect(object["schema"] as? String == "llmgw.cost.report/1")
        #expect(object["by"] as? String == "model")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["group"] as? String }) == ["mock/echo", "mock/lorem"])
        let echo = try #require(rows.first { $0["group"] as? String == "mock/echo" })
        #expect(echo["requests"] as? Int == 2)
        #expect((echo["spend_micros"] as? Int ?? 0) > 0)
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["requests"] as? Int == 3)
        #expect(total["unpriced_requests"] as? Int == 0)

        let table = try await home.run(["cost", "report", "--by", "provider"])
        #expect(table.status == 0, "\(table.summary)")
        #expect(table.out.contains("mock"))
        #expect(table.out.contains("total"))

        let csv = try await home.run(["cost", "report", "--by", "day", "--format", "csv"])
        #expect(
            csv.out.split(separator: "\n").first == "day,requests,errors,input,output,spend,unpriced,unpriced tokens")
    }

    @Test func anEmptyLogAndBadWindows() async throws {
        let home = try TempHome()
        let empty = try await home.run(["cost", "report", "--json"])
        #expect(empty.status == 0, "\(empty.summary)")
        #expect((try empty.jsonObject()["rows"] as? [Any])?.isEmpty == true)
        let bad = try await home.run(["cost", "report", "--since", "yesterday"])
        #expect(bad.status == 2, "\(bad.summary)")
        let badGroup = try await home.run(["cost", "report", "--by", "colour"])
        #expect(badGroup.status == 2, "\(badGroup.summary)")
    }

    @Test func byKeyGroupsCallsByTheStoredKeyThatServedThem() async throws {
        try await Upstream.with(.openai) { upstream in
            try await KeysTestCommandTests.store(
                [("work", "test-key-0000-report-work-aa"), ("spare", "test-key-0000-report-spare-b")], in: upstream)
            // Each run starts its rotation afresh with the first stored key (`spare` sorts first).
            for prompt in ["one", "two", "three", "four"] {
                if prompt == "three" {
                    let remove = try await upstream.home.run(["keys", "rm", "local", "--name", "spare"])
                    #expect(remove.status == 0, "\(remove.summary)")
                }
                let chat = try await upstream.home.run(["chat", "-m", "local/echo", "--json", prompt])
                #expect(chat.status == 0, "\(chat.summary)")
            }
            let report = try await upstream.home.run(["cost", "report", "--by", "key", "--json"])
            #expect(report.status == 0, "\(report.summary)")
            let rows = try #require(try report.jsonObject()["rows"] as? [[String: Any]])
            let requests = Dictionary(
                uniqueKeysWithValues: rows.map { ($0["group"] as? String ?? "(none)", jsonInt($0["requests"]) ?? 0) })
            #expect(requests == ["local/work": 2, "local/spare": 2], "\(report.summary)")
            #expect(!report.out.contains("test-key-0000"), "a key name, never the key")
        }
    }
}

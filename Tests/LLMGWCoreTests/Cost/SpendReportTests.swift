import Foundation
import Testing

@testable import LLMGWCore

@Suite struct SpendReportTests {
    static func record(
        _ provider: String, _ model: String, at date: Date, cost: Int64?, tokens: (Int, Int)? = (10, 20),
        status: RequestRecord.Status = .ok, route: String? = nil
    ) -> RequestRecord {
        RequestRecord(
            startedAt: date, command: "chat", route: route, provider: provider, model: model, status: status,
            inputTokens: tokens?.0, outputTokens: tokens?.1, usageSource: tokens == nil ? .none : .reported,
            costMicros: cost, latencyMs: 5)
    }

    @Test func groupsSpendTokensErrorsAndTheUnpricedShare() async throws {
        let directory = try CostTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let log = RequestLog(database: database)
        let now = Date()
        let old = now.addingTimeInterval(-10 * 86_400)
        log.record(Self.record("openai", "gpt-4o", at: now, cost: 1_500, route: "fast"))
        log.record(Self.record("openai", "gpt-4o", at: now, cost: 500))
        log.record(Self.record("openai", "gpt-4o", at: now, cost: nil, tokens: nil, status: .error))
        log.record(Self.record("local", "qwen", at: now, cost: nil, tokens: (100, 200)))
        log.record(Self.record("anthropic", "claude-haiku-4-5", at: old, cost: 9_999))
        await log.flush()

        let byModel = try SpendReport.query(
            database: database, grouping: .model, since: now.addingTimeInterval(-7 * 86_400))
        #expect(byModel.rows.map(\.group) == ["openai/gpt-4o", "local/qwen"])
        let gpt = byModel.rows[0]
        #expect(gpt.requests == 3 && gpt.errors == 1 && gpt.costMicros == 2_000)
        #expect(gpt.inputTokens == 20 && gpt.outputTokens == 40 && gpt.unpricedRequests == 0)
        #expect(byModel.total.requests == 4 && byModel.total.costMicros == 2_000)
        #expect(byModel.total.unpricedRequests == 1 && byModel.total.unpricedTokens == 300)
        #expect(abs(byModel.total.unpricedTokenShare - 300.0 / 360.0) < 1e-9)

        let all = try SpendReport.query(database: database, grouping: .provider)
        #expect(all.total.costMicros == 11_999)
        #expect(all.rows.first?.group == "anthropic")

        let byRoute = try SpendReport.query(database: database, grouping: .route, since: old.addingTimeInterval(1))
        #expect(Set(byRoute.rows.map(\.group)) == ["fast", ""])

        let byDay = try SpendReport.query(database: database, grouping: .day)
        #expect(byDay.rows.count == 2)
        #expect(byDay.rows.allSatisfy { $0.group.count == 10 && $0.group.hasPrefix("20") })

        let byKey = try SpendReport.query(database: database, grouping: .key)
        #expect(byKey.rows.map(\.group) == [""])

        let none = try SpendReport.query(database: database, grouping: .model, until: old.addingTimeInterval(-1))
        #expect(none.rows.isEmpty && none.total.requests == 0 && none.total.unpricedTokenShare == 0)
    }
}

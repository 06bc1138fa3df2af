import Foundation
import Testing

@testable import LLMGWCore

/// The request log's `estimated_input_tokens` and `key_name`: written, read back, calibrated and grouped.
@Suite struct RequestCalibrationTests {
    static func call(
        _ provider: String, _ model: String, reported: Int?, estimated: Int?, at: Date,
        status: RequestRecord.Status = .ok,
        key: String? = nil
    ) -> RequestRecord {
        RequestRecord(
            startedAt: at, command: "chat", provider: provider, model: model, status: status, inputTokens: reported,
            outputTokens: reported == nil ? nil : 5, usageSource: reported == nil ? .none : .reported, latencyMs: 3,
            keyName: key, estimatedInputTokens: estimated)
    }

    @Test func loggedEstimatesCalibrateTheModelNewestFirst() async throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let log = RequestLog(database: database)
        let now = Date()
        for index in 0..<5 {
            log.record(
                Self.call("anthropic", "claude-haiku-4-5", reported: 130, estimated: 100, at: now - Double(index)))
        }
        // Older, failed, unreported or unestimated calls do not move the median.
        for index in 0..<4 {
            log.record(
                Self.call(
                    "anthropic", "claude-haiku-4-5", reported: 500, estimated: 100, at: now - 1000 - Double(index)))
        }
        log.record(Self.call("anthropic", "claude-haiku-4-5", reported: 900, estimated: 100, at: now, status: .error))
        log.record(Self.call("anthropic", "claude-haiku-4-5", reported: nil, estimated: 100, at: now))
        log.record(Self.call("anthropic", "claude-haiku-4-5", reported: 900, estimated: nil, at: now))
        await log.flush()
        #expect(log.lastWriteError == nil)

        let table = try TokenCalibrationTable.query(database: database)
        let calibration = try #require(table.calibration(forModel: "anthropic/claude-haiku-4-5"))
        #expect(calibration.samples == 9)
        #expect(abs(calibration.ratio - 1.3) < 1e-9)
        let recent = try TokenCalibrationTable.query(database: database, limit: 5)
        #expect(recent.calibration(forModel: "anthropic/claude-haiku-4-5")?.samples == 5)

        let back = try log.recent(limit: 20)
        #expect(back.contains { $0.estimatedInputTokens == 100 && $0.inputTokens == 130 })
    }

    @Test func noDatabaseFileMeansNoCalibrationAndNoFile() throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("absent/llmgw.db")
        #expect(try TokenCalibrationTable.load(databaseAt: path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func keyNamesAreLoggedAndGroupTheSpendReport() async throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let log = RequestLog(database: database)
        let now = Date()
        log.record(Self.call("openai", "gpt-4o", reported: 10, estimated: nil, at: now, key: "openai/work"))
        log.record(Self.call("openai", "gpt-4o", reported: 10, estimated: nil, at: now, key: "openai/work"))
        log.record(Self.call("openai", "gpt-4o", reported: 10, estimated: nil, at: now, key: "env:OPENAI_API_KEY"))
        log.record(Self.call("openai", "gpt-4o", reported: 10, estimated: nil, at: now))
        await log.flush()
        let report = try SpendReport.query(database: database, grouping: .key)
        let requests = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.group, $0.requests) })
        #expect(requests == ["openai/work": 2, "env:OPENAI_API_KEY": 1, "": 1])
    }

    @Test func aCallReportCarriesItsKeyNameAndEstimateIntoTheRecord() {
        let endpoint = ProviderEndpoint(
            provider: "anthropic", kind: .anthropic, baseURL: "mock://x/v1", model: "claude-haiku-4-5",
            apiKey: APIKey("test-key-0000-calibration"))
        var report = CallReport(endpoint: endpoint)
        report.keyName = "anthropic/work"
        report.result.apply(.usage(Usage(inputTokens: 12, outputTokens: 3)))
        let record = RequestRecord(report: report, command: "chat", costMicros: nil, estimatedInputTokens: 10)
        #expect(record.keyName == "anthropic/work")
        #expect(record.estimatedInputTokens == 10)
        var failed = CallReport(endpoint: endpoint)
        failed.error = .timeout(message: "slow")
        #expect(
            RequestRecord(report: failed, command: "chat", costMicros: nil, estimatedInputTokens: 10)
                .estimatedInputTokens
                == nil, "an estimate is only worth logging next to reported usage")
        #expect(APIKeySource.environment("OPENAI_API_KEY").requestLogKeyName == "env:OPENAI_API_KEY")
        #expect(APIKeySource.configVariable("WORK_KEY").requestLogKeyName == "env:WORK_KEY")
        #expect(APIKeySource.keyStore.requestLogKeyName == nil)
    }
}

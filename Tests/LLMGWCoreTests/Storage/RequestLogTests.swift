import Foundation
import GRDB
import Testing

@testable import LLMGWCore

@Suite struct RequestLogTests {
    static func sample(_ index: Int, startedAt: Date = Date(timeIntervalSince1970: 1_700_000_000)) -> RequestRecord {
        RequestRecord(
            id: "req-\(index)", startedAt: startedAt.addingTimeInterval(Double(index)), command: "bench",
            route: index.isMultiple(of: 2) ? "fast" : nil, provider: "mock", model: "echo", status: .ok,
            inputTokens: 10, outputTokens: index, cachedInputTokens: 0, reasoningTokens: nil, usageSource: .reported,
            costMicros: index.isMultiple(of: 3) ? nil : Int64(index), latencyMs: 5 + index, ttftMs: 2, attempts: 1,
            finishReason: "stop", streamed: true, requestID: "x-\(index)", conversationID: nil)
    }

    @Test func thousandConcurrentRecordsAllPersistAfterFlush() async throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("llmgw.db")
        let log = RequestLog(database: try LLMGWDatabase(path: path))
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<10 {
                group.addTask {
                    for index in (task * 100)..<(task * 100 + 100) { log.record(Self.sample(index)) }
                }
            }
        }
        await log.flush()
        #expect(log.lastWriteError == nil)
        let records = try log.recent(limit: 5000)
        #expect(records.count == 1000)
        #expect(Set(records.map(\.id)).count == 1000)
        #expect(records.first?.id == "req-999")

        // A fresh process: a new database object on the same file reads everything back, field for field.
        let reopened = RequestLog(database: try LLMGWDatabase(path: path))
        let again = try reopened.recent(limit: 5000)
        #expect(again.count == 1000)
        let byID = Dictionary(uniqueKeysWithValues: again.map { ($0.id, $0) })
        for index in [0, 1, 3, 500, 999] {
            #expect(byID["req-\(index)"] == Self.sample(index))
        }
    }

    @Test func recordReturnsWhileTheDatabaseIsLocked() async throws {
        let directory = try StorageTestDirectory()
        let path = directory.file("llmgw.db")
        let log = RequestLog(database: try LLMGWDatabase(path: path))

        // Another connection holds the write lock until released.
        let other = try DatabaseQueue(path: path)
        let release = DispatchSemaphore(value: 0)
        let (holderFinished, finish) = AsyncStream<Void>.makeStream()
        let holder = Thread {
            try? other.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    release.wait()
                    return .rollback
                }
            }
            finish.finish()
        }
        holder.start()
        // Wait until the lock is really held: a second immediate transaction cannot start.
        let probe = try DatabaseQueue(path: path)
        var locked = false
        while !locked {
            do {
                try await probe.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
                await Task.yield()
            } catch {
                locked = true
            }
        }

        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in 0..<200 { log.record(Self.sample(index)) }
        }
        #expect(elapsed < .seconds(1))
        #expect(try log.recent(limit: 1000).isEmpty)

        release.signal()
        for await _ in holderFinished {}
        await log.flush()
        #expect(try log.recent(limit: 1000).count == 200)
    }

    @Test func flushWithNothingPendingReturns() async throws {
        let directory = try StorageTestDirectory()
        let log = RequestLog(database: try LLMGWDatabase(path: directory.file("llmgw.db")))
        await log.flush()
        log.record(Self.sample(1))
        await log.flush()
        await log.flush()
        #expect(try log.recent(limit: 10).map(\.id) == ["req-1"])
    }

    @Test func unknownCostStaysNullAndColumnsAreSnakeCase() async throws {
        let directory = try StorageTestDirectory()
        let database = try LLMGWDatabase(path: directory.file("llmgw.db"))
        let log = RequestLog(database: database)
        log.record(Self.sample(3))
        log.record(
            RequestRecord(
                id: "failed", startedAt: Date(), command: "chat", provider: "openai", model: "gpt-4o", status: .error,
                errorClass: "rate_limited", errorMessage: "slow down", latencyMs: 12, attempts: 3))
        await log.flush()
        let row = try #require(
            try database.pool.read { db in
                try Row.fetchOne(db, sql: "SELECT cost_micros, usage_source, status FROM request WHERE id = 'req-3'")
            })
        #expect(row["cost_micros"] as Int64? == nil)
        #expect(row["usage_source"] as String? == "reported")
        let failed = try #require(try log.recent(limit: 10).first { $0.id == "failed" })
        #expect(failed.status == .error)
        #expect(failed.usageSource == RequestRecord.UsageSource.none)
        #expect(failed.costMicros == nil)
        #expect(failed.attempts == 3)
    }
}

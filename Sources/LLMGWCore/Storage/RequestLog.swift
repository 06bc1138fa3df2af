import GRDB
import Logging

/// The request log: callers hand records in without waiting; a background writer batches them to SQLite.
public final class RequestLog: Sendable {
    private struct State {
        var pending: [RequestRecord] = []
        var submitted = 0
        var handled = 0
        var writing = false
        var waiters: [(target: Int, continuation: CheckedContinuation<Void, Never>)] = []
        var lastError: StorageError?
    }

    /// The database the records go to.
    public let database: LLMGWDatabase
    private let state = LockedState(State())
    private let logger = Logger(label: "llmgw.request-log")

    /// Creates a log writing to `database`.
    public init(database: LLMGWDatabase) {
        self.database = database
    }

    /// Hands a record to the background writer and returns at once; no database work happens here.
    ///
    /// Records handed in while a write is under way go into the next transaction together.
    /// - Parameter record: the call to log; its error message must already be redacted.
    public func record(_ record: RequestRecord) {
        let batch = state.withLock { state -> [RequestRecord]? in
            state.pending.append(record)
            state.submitted += 1
            guard !state.writing else { return nil }
            state.writing = true
            defer { state.pending = [] }
            return state.pending
        }
        if let batch { write(batch) }
    }

    /// Waits until every record handed in before the call is on disk (or failed to be written).
    public func flush() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state -> Bool in
                guard state.handled < state.submitted else { return true }
                state.waiters.append((state.submitted, continuation))
                return false
            }
            if done { continuation.resume() }
        }
    }

    /// The last write failure, if any; the records of a failed batch are dropped.
    public var lastWriteError: StorageError? { state.withLock { $0.lastError } }

    /// The most recent records, newest first.
    /// - Parameter limit: how many at most.
    /// - Returns: records ordered by `startedAt`, newest first.
    /// - Throws: ``StorageError/readFailed(path:reason:)``.
    public func recent(limit: Int) throws(StorageError) -> [RequestRecord] {
        do {
            return try database.pool.read { db in
                try RequestRecord.order(Column("started_at").desc, Column("id")).limit(limit).fetchAll(db)
            }
        } catch {
            throw .readFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
    }

    /// Writes one batch in one transaction on GRDB's writer queue, then the next batch if more arrived.
    private func write(_ batch: [RequestRecord]) {
        database.pool.asyncWrite(
            { db in
                for record in batch { try record.insert(db, onConflict: .replace) }
            },
            completion: { [self] _, result in
                finished(batch.count, result: result)
            })
    }

    private func finished(_ count: Int, result: Result<Void, any Error>) {
        var failure: StorageError?
        if case .failure(let error) = result {
            failure = .writeFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
        let (next, ready) = state.withLock { state -> ([RequestRecord]?, [CheckedContinuation<Void, Never>]) in
            state.handled += count
            if let failure { state.lastError = failure }
            var ready: [CheckedContinuation<Void, Never>] = []
            state.waiters.removeAll { waiter in
                guard waiter.target <= state.handled else { return false }
                ready.append(waiter.continuation)
                return true
            }
            guard !state.pending.isEmpty else {
                state.writing = false
                return (nil, ready)
            }
            defer { state.pending = [] }
            return (state.pending, ready)
        }
        if let failure {
            logger.warning("request log write failed, \(count) records dropped: \(failure.message)")
        }
        for continuation in ready { continuation.resume() }
        if let next { write(next) }
    }
}

import Foundation
import GRDB

extension TokenCalibrationTable {
    /// Reads the calibration samples of the request log (read-only): successful calls whose usage the
    /// provider reported and whose prompt llmgw estimated too, newest first.
    ///
    /// One indexed query over at most `limit` rows (a partial index covers only calls with an estimate).
    /// - Parameters:
    ///   - database: the llmgw database.
    ///   - limit: how many of the most recent calls to read at most.
    /// - Returns: the table; empty when the log has no samples.
    /// - Throws: ``StorageError/readFailed(path:reason:)``.
    public static func query(database: LLMGWDatabase, limit: Int = 5000) throws(StorageError) -> TokenCalibrationTable {
        let sql = """
            SELECT provider, model, input_tokens, estimated_input_tokens FROM request
            WHERE estimated_input_tokens > 0 AND input_tokens > 0 AND usage_source = 'reported'
                AND status = 'ok'
            ORDER BY started_at DESC LIMIT ?
            """
        do {
            let samples = try database.pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: [limit]).map { row in
                    TokenCalibrationSample(
                        provider: row["provider"], model: row["model"], reportedTokens: row["input_tokens"],
                        estimatedTokens: row["estimated_input_tokens"])
                }
            }
            return TokenCalibrationTable(samples: samples)
        } catch {
            throw .readFailed(path: database.path, reason: LLMGWDatabase.reason(error))
        }
    }

    /// The calibrations of the database at `path`, or ``empty`` when no database exists there yet.
    ///
    /// Opens the database only when the file exists, so a fresh machine gets no database from
    /// counting tokens.
    /// - Parameter path: the database file, usually ``LLMGWPaths/database``.
    /// - Throws: ``StorageError`` when the file exists but cannot be opened or read.
    public static func load(databaseAt path: String) throws(StorageError) -> TokenCalibrationTable {
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        return try query(database: LLMGWDatabase(path: path))
    }
}

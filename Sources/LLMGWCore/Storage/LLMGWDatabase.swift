import Foundation
import GRDB

/// llmgw's SQLite database (WAL): the request log and conversations, with versioned migrations.
public final class LLMGWDatabase: Sendable {
    /// The database file.
    public let path: String
    /// The connection pool: one writer, concurrent readers.
    let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    ///
    /// Missing parent folders are created with mode 0700 and the file is made 0600.
    /// - Parameter path: the database file, usually ``LLMGWPaths/database``.
    /// - Throws: ``StorageError`` naming the path when the folder or file cannot be created or opened.
    public init(path: String) throws(StorageError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
                if !isDirectory.boolValue {
                    throw .cannotCreateDirectory(path: directory, reason: "a file with that name exists")
                }
            } else {
                do {
                    try FileManager.default.createDirectory(
                        atPath: directory, withIntermediateDirectories: true,
                        attributes: [.posixPermissions: 0o700])
                } catch {
                    throw .cannotCreateDirectory(path: directory, reason: Self.reason(error))
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "llmgw"
        // WAL with synchronous=NORMAL: a commit survives llmgw crashing, being killed or Ctrl-C
        // (it is in the WAL file); only a power loss can drop the last transactions. It saves an
        // fsync per commit, which would otherwise add to every command's exit.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // A read first: migrating an up-to-date database would still commit (and fsync) a write
            // transaction, which every command would pay for at start-up.
            // On the writer connection: a pool read would open a second connection just for this.
            let upToDate = try pool.writeWithoutTransaction { db in try Self.migrator.hasCompletedMigrations(db) }
            if !upToDate { try Self.migrator.migrate(pool) }
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// A short, key-free description of an underlying error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }
}

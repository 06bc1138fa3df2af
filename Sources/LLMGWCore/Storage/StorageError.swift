import Foundation

/// Why the request log or conversation database could not be used.
public enum StorageError: Error, Sendable, Hashable {
    /// The database's folder could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The database file could not be opened, created or migrated.
    case cannotOpen(path: String, reason: String)
    /// A query against the database failed.
    case readFailed(path: String, reason: String)
    /// Writing to the database failed (read-only file, full disk, …).
    case writeFailed(path: String, reason: String)
    /// No conversation has this id.
    case conversationNotFound(id: String)
}

extension StorageError: ClassifiedError {
    public var failureClass: FailureClass {
        switch self {
        case .conversationNotFound: .usage
        default: .io
        }
    }
}

extension StorageError: LocalizedError {
    public var errorDescription: String? { message }
}

extension StorageError: CustomStringConvertible {
    public var description: String { message }
}

extension StorageError {
    private static let fix = "check the folder's permissions and free space, or set LLMGW_DB to a writable path"

    /// What failed, where, and what to do.
    public var message: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the database folder \(path): \(reason); \(Self.fix)"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason); \(Self.fix)"
        case .readFailed(let path, let reason):
            "cannot read the database \(path): \(reason); check the file, or set LLMGW_DB to another path"
        case .writeFailed(let path, let reason):
            "cannot write the database \(path): \(reason); \(Self.fix)"
        case .conversationNotFound(let id):
            "no conversation with id \(id); start a new one without -c"
        }
    }
}

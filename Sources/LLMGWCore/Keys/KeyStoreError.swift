import Foundation

/// Why the key store could not be read or changed, or a key could not be stored.
public enum KeyStoreError: Error, Sendable, Hashable, LocalizedError, ClassifiedError {
    /// The key file or its folder can be read or written by group or others.
    case unsafePermissions(path: String, mode: Int, isDirectory: Bool)
    /// The key file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// The key file could not be written.
    case unwritable(path: String, reason: String)
    /// The key file is not valid `keys.json`.
    case malformed(path: String, reason: String)
    /// The secret given to `keys set` is empty.
    case emptySecret
    /// The secret given to `keys set` has whitespace or control characters in it or around it.
    case paddedSecret
    /// No key of that provider and name is stored.
    case notFound(provider: String, name: String, stored: [String])
    /// A key name that cannot be used.
    case invalidName(String)

    /// The message printed on stderr: what failed, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .unsafePermissions(let path, let mode, let isDirectory):
            let octal = String(mode & 0o777, radix: 8)
            let wanted = isDirectory ? "700" : "600"
            return
                "\(isDirectory ? "the key folder" : "the key file") \(path) is open to other users (mode \(octal)); "
                + "llmgw will not read keys from it. Run `chmod \(wanted) \(path)` and try again"
        case .unreadable(let path, let reason):
            return "cannot read the key store \(path): \(reason)"
        case .unwritable(let path, let reason):
            return "cannot write the key store \(path): \(reason); check that the folder exists and is writable"
        case .malformed(let path, let reason):
            return "the key store \(path) is not valid: \(reason); fix it or remove it and add the keys again"
        case .emptySecret:
            return "the key is empty; pipe it in (`llmgw keys set openai < keyfile`) or type it at the prompt"
        case .paddedSecret:
            return
                "the key has spaces, tabs, line breaks or control characters in it or around it; "
                + "pass exactly the key (one trailing newline is fine)"
        case .notFound(let provider, let name, let stored):
            let known =
                stored.isEmpty ? "no keys are stored for \(provider)" : "stored: \(stored.joined(separator: ", "))"
            return "no key named '\(name)' is stored for \(provider) (\(known)); see `llmgw keys list`"
        case .invalidName(let name):
            return "'\(name)' cannot be a key name: use letters, digits, '-', '_' or '.'"
        }
    }

    /// Unusable files are local I/O failures (exit 6); bad input is a usage error (exit 2).
    public var failureClass: FailureClass {
        switch self {
        case .unsafePermissions, .unreadable, .unwritable, .malformed: .io
        case .emptySecret, .paddedSecret, .notFound, .invalidName: .usage
        }
    }
}

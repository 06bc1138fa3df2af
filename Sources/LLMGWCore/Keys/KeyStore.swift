import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The key file, `keys.json` (``LLMGWPaths/keysFile``): mode 0600 in a 0700 folder, written
/// atomically, and refused when group or others can read or write it, as ssh refuses a private key.
public struct KeyStore: Sendable {
    /// The key file.
    public let path: String
    /// Runs after the new contents are written and synced to a temporary file, before the rename
    /// that makes them current; tests throw here to simulate a crash.
    var beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)?

    /// A store at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The store at `paths.keysFile`.
    public init(paths: LLMGWPaths) {
        self.init(path: paths.keysFile)
    }

    /// The folder holding the key file.
    public var directory: String {
        (path as NSString).deletingLastPathComponent
    }

    /// Whether the key file exists.
    public var exists: Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Reads every stored key, sorted by provider and name; none when the file does not exist.
    /// - Returns: the stored keys.
    /// - Throws: ``KeyStoreError/unsafePermissions(path:mode:isDirectory:)`` when the file or its folder
    ///   is open to group or others, or another ``KeyStoreError`` when it cannot be read or parsed.
    public func load() throws(KeyStoreError) -> [StoredKey] {
        guard exists else { return [] }
        try checkPermissions()
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let document = try decoder.decode(KeyStoreDocument.self, from: data)
            guard document.version == 1 else {
                throw KeyStoreError.malformed(path: path, reason: "unknown version \(document.version)")
            }
            return Self.sorted(document.keys)
        } catch let error as KeyStoreError {
            throw error
        } catch {
            throw .malformed(path: path, reason: "it is not the JSON llmgw writes")
        }
    }

    /// Checks that neither the key file nor its folder is open to group or others.
    /// - Throws: ``KeyStoreError/unsafePermissions(path:mode:isDirectory:)`` naming the `chmod` that fixes it.
    public func checkPermissions() throws(KeyStoreError) {
        for (item, isDirectory) in [(directory, true), (path, false)] {
            var status = stat()
            guard stat(item, &status) == 0 else { continue }
            let mode = Int(status.st_mode)
            if mode & 0o077 != 0 { throw .unsafePermissions(path: item, mode: mode, isDirectory: isDirectory) }
        }
    }

    /// Replaces the file's contents with `keys`, atomically: a 0600 temporary file in the same
    /// folder, written and synced, then renamed over the old file. A crash before the rename leaves
    /// the old file as it was. The folder is created (0700) when missing and tightened to 0700.
    /// - Parameter keys: every key the store should hold.
    /// - Throws: ``KeyStoreError/unwritable(path:reason:)``.
    public func save(_ keys: [StoredKey]) throws(KeyStoreError) {
        try prepareDirectory()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let bytes: Data
        do {
            bytes = try encoder.encode(KeyStoreDocument(version: 1, keys: Self.sorted(keys))) + Data("\n".utf8)
        } catch {
            throw .unwritable(path: path, reason: "the keys could not be encoded")
        }
        let temporary = directory + "/.keys.json.\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: Self.errnoText()) }
        var removeTemporary = true
        defer { if removeTemporary { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            fchmod(descriptor, 0o600)
            let failure: Int32? = bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
                var written = 0
                while written < buffer.count {
                    let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    written += result
                }
                return nil
            }
            if let failure { throw KeyStoreError.unwritable(path: path, reason: String(cString: strerror(failure))) }
            guard fsync(descriptor) == 0 else { throw KeyStoreError.unwritable(path: path, reason: Self.errnoText()) }
        }
        if let beforeRename {
            do { try beforeRename(temporary) } catch {
                removeTemporary = false
                throw .unwritable(path: path, reason: "interrupted before the rename: \(error)")
            }
        }
        guard rename(temporary, path) == 0 else { throw .unwritable(path: path, reason: Self.errnoText()) }
        removeTemporary = false
        let folder = open(directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Stores `secret` as `provider`'s key `name`, replacing a key of the same name.
    /// - Parameters:
    ///   - provider: the provider name.
    ///   - name: the key's name within the provider.
    ///   - secret: the key, already checked with ``validatedSecret(_:)``.
    ///   - weight: its share of calls among the provider's keys.
    ///   - now: the time recorded as when it was added.
    /// - Returns: the stored key and whether it replaced one.
    /// - Throws: ``KeyStoreError``.
    @discardableResult
    public func set(
        provider: String, name: String = StoredKey.defaultName, secret: APIKey, weight: Int = 1, now: Date = Date()
    ) throws(KeyStoreError) -> (key: StoredKey, replaced: Bool) {
        try Self.validateName(name)
        var keys = try load()
        let replaced = keys.contains { $0.provider == provider && $0.name == name }
        keys.removeAll { $0.provider == provider && $0.name == name }
        let key = StoredKey(provider: provider, name: name, key: secret, weight: max(1, weight), addedAt: now)
        keys.append(key)
        try save(keys)
        return (key, replaced)
    }

    /// Removes `provider`'s key `name`.
    /// - Returns: the removed key.
    /// - Throws: ``KeyStoreError/notFound(provider:name:stored:)`` when there is no such key.
    @discardableResult
    public func remove(provider: String, name: String = StoredKey.defaultName) throws(KeyStoreError) -> StoredKey {
        var keys = try load()
        guard let index = keys.firstIndex(where: { $0.provider == provider && $0.name == name }) else {
            throw .notFound(
                provider: provider, name: name, stored: keys.filter { $0.provider == provider }.map(\.name))
        }
        let removed = keys.remove(at: index)
        try save(keys)
        return removed
    }

    /// Records when keys were last used.
    /// - Parameter uses: provider, name and time of the last use of each key.
    /// - Throws: ``KeyStoreError``.
    public func markUsed(_ uses: [KeyUse]) throws(KeyStoreError) {
        guard !uses.isEmpty else { return }
        var keys = try load()
        var changed = false
        for use in uses {
            for index in keys.indices where keys[index].provider == use.provider && keys[index].name == use.name {
                keys[index].lastUsedAt = use.at
                changed = true
            }
        }
        if changed { try save(keys) }
    }

    /// Checks a secret as read from stdin or a prompt: one trailing newline is dropped; anything else
    /// that is empty, padded or holds whitespace or control characters is refused.
    /// - Parameter text: the raw input.
    /// - Returns: the key.
    /// - Throws: ``KeyStoreError/emptySecret`` or ``KeyStoreError/paddedSecret``.
    public static func validatedSecret(_ text: String) throws(KeyStoreError) -> APIKey {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.last == "\n" { scalars = scalars.dropLast() }
        if scalars.last == "\r" { scalars = scalars.dropLast() }
        let text = String(String.UnicodeScalarView(scalars))
        if text.isEmpty { throw .emptySecret }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptySecret }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            throw .paddedSecret
        }
        return APIKey(String(text))
    }

    /// Checks a key name: letters, digits, `-`, `_` and `.`, at most 64 characters.
    /// - Throws: ``KeyStoreError/invalidName(_:)``.
    public static func validateName(_ name: String) throws(KeyStoreError) {
        let allowed = name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                || "-_.".unicodeScalars.contains($0)
        }
        guard !name.isEmpty, name.count <= 64, allowed else { throw .invalidName(name) }
    }

    private func prepareDirectory() throws(KeyStoreError) {
        var status = stat()
        if stat(directory, &status) != 0 {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .unwritable(path: path, reason: Self.reason(error))
            }
        }
        if stat(directory, &status) == 0, Int(status.st_mode) & 0o077 != 0 {
            guard chmod(directory, 0o700) == 0 else {
                throw .unsafePermissions(path: directory, mode: Int(status.st_mode), isDirectory: true)
            }
        }
    }

    private static func sorted(_ keys: [StoredKey]) -> [StoredKey] {
        keys.sorted { ($0.provider, $0.name) < ($1.provider, $1.name) }
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}

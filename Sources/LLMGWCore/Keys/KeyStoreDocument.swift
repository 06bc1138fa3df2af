/// The contents of `keys.json`: a format version and the keys.
struct KeyStoreDocument: Codable, Sendable {
    /// The file format version; 1 so far.
    var version: Int
    /// Every stored key, sorted by provider and name.
    var keys: [StoredKey]
}

import struct Foundation.Date

/// One key in the key store: which provider it is for, its name, the secret and when it was used.
public struct StoredKey: Sendable, Hashable, Codable {
    /// The provider name as used in model references (`openai`, `anthropic`, `local`).
    public var provider: String
    /// The key's name within the provider (`default`, `work`).
    public var name: String
    /// The secret; only ever put on the wire.
    public var key: APIKey
    /// The relative share of calls this key gets when a provider has several (1 or more).
    public var weight: Int
    /// When `keys set` stored it.
    public var addedAt: Date
    /// When a call last used it, if ever.
    public var lastUsedAt: Date?

    /// The name used when `--name` is not given.
    public static let defaultName = "default"

    /// Creates a stored key.
    public init(
        provider: String, name: String = StoredKey.defaultName, key: APIKey, weight: Int = 1, addedAt: Date = Date(),
        lastUsedAt: Date? = nil
    ) {
        self.provider = provider
        self.name = name
        self.key = key
        self.weight = weight
        self.addedAt = addedAt
        self.lastUsedAt = lastUsedAt
    }

    private enum CodingKeys: String, CodingKey {
        case provider, name, secret, weight
        case addedAt = "added_at"
        case lastUsedAt = "last_used_at"
    }

    /// Decodes a key from `keys.json`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        provider = try container.decode(String.self, forKey: .provider)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? Self.defaultName
        key = APIKey(try container.decode(String.self, forKey: .secret))
        weight = max(1, try container.decodeIfPresent(Int.self, forKey: .weight) ?? 1)
        addedAt = try container.decodeIfPresent(Date.self, forKey: .addedAt) ?? Date(timeIntervalSince1970: 0)
        lastUsedAt = try container.decodeIfPresent(Date.self, forKey: .lastUsedAt)
    }

    /// Encodes the key for `keys.json`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(provider, forKey: .provider)
        try container.encode(name, forKey: .name)
        try container.encode(key.secret, forKey: .secret)
        try container.encode(weight, forKey: .weight)
        try container.encode(addedAt, forKey: .addedAt)
        try container.encodeIfPresent(lastUsedAt, forKey: .lastUsedAt)
    }
}

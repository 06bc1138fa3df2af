extension APIKeySource {
    /// The name the request log's `key_name` records for a key from this source: `env:NAME` for a
    /// variable, `nil` for the key store (the key pool names those `provider/name`) and for no key.
    /// Never the secret.
    public var requestLogKeyName: String? {
        switch self {
        case .flagVariable(let name), .configVariable(let name), .environment(let name): "env:\(name)"
        case .keyStore, .none: nil
        }
    }
}

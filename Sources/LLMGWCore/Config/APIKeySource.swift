/// Where a resolved endpoint's key came from, for `--verbose` and `keys test` (never the key itself).
public enum APIKeySource: Sendable, Hashable {
    /// The variable named by `--api-key-env`.
    case flagVariable(String)
    /// The variable named by the provider's `api_key_env` in the config.
    case configVariable(String)
    /// One of the preset's standard variables (`OPENAI_API_KEY`, …).
    case environment(String)
    /// The key store (`llmgw keys set`).
    case keyStore
    /// No key was found (the provider needs none).
    case none
}

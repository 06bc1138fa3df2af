import Foundation
import LLMGWCore

/// What the `keys` subcommands need: paths, the config, a resolver and the store.
struct KeysContext {
    let paths: LLMGWPaths
    let resolver: ModelResolver
    let store: KeyStore

    /// Reads the configuration and locates the store (nothing is read from it yet).
    /// - Throws: ``ConfigError`` for a bad config.
    init(global: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        paths = LLMGWPaths.resolve(environment: environment, configOverride: global.config)
        let config = try ConfigLoader.loadIfPresent(paths: paths)
        resolver = ModelResolver(config: config, environment: environment)
        store = KeyStore(paths: paths)
    }

    /// Checks that `provider` is a preset or a configured provider.
    /// - Throws: ``CLIError/usage(_:)`` with a suggestion.
    func requireKnown(_ provider: String) throws {
        let known = resolver.knownProviders
        guard known.contains(provider) else {
            throw CLIError.usage(
                "unknown provider '\(provider)'; known: \(known.joined(separator: ", ")), "
                    + "or add it under providers: in the config")
        }
    }
}

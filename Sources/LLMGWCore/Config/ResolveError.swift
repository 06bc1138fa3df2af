import Foundation

/// Why a model reference could not be turned into an endpoint. Messages never contain a key.
public enum ResolveError: Error, Sendable, Hashable {
    /// The reference is malformed (`openai/`, `/gpt-4o`).
    case invalidReference(String, problem: String)
    /// The provider is neither built in nor configured.
    case unknownProvider(String, known: [String], suggestion: String?)
    /// A bare name that is not a route.
    case notARoute(String, routes: [String], suggestion: String?)
    /// `--api-key-env NAME` was given but `NAME` is unset or empty.
    case apiKeyVariableUnset(String)
    /// The provider needs a key and none was found; `variables` are the ones that were looked at.
    case missingKey(provider: String, variables: [String])
    /// The provider has no base URL (Azure without `AZURE_OPENAI_ENDPOINT`, a custom provider without `base_url`).
    case missingBaseURL(provider: String, variable: String?)
}

extension ResolveError: ClassifiedError {
    public var failureClass: FailureClass {
        switch self {
        case .apiKeyVariableUnset, .missingKey: .auth
        case .invalidReference, .unknownProvider, .notARoute, .missingBaseURL: .usage
        }
    }
}

extension ResolveError: LocalizedError {
    public var errorDescription: String? { message }
}

extension ResolveError: CustomStringConvertible {
    public var description: String { message }
}

extension ResolveError {
    /// What failed and what to do.
    public var message: String {
        switch self {
        case .invalidReference(let reference, let problem):
            return "invalid model reference '\(reference)': \(problem); write `provider/model`, e.g. openai/gpt-4o-mini"
        case .unknownProvider(let name, let known, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "unknown provider '\(name)'; \(hint)known providers: \(known.joined(separator: ", ")) "
                + "(add others under `providers:` in the config)"
        case .notARoute(let name, let routes, let suggestion):
            var text = "'\(name)' is not a route"
            if let suggestion {
                text += "; did you mean the route '\(suggestion)'?"
            } else if !routes.isEmpty {
                text += " (routes: \(routes.joined(separator: ", ")))"
            }
            let example = ProviderPresets.named(name) != nil ? "\(name)/<model>" : "openai/gpt-4o-mini"
            return text + "; name a model as `provider/model`, e.g. \(example)"
        case .apiKeyVariableUnset(let variable):
            return "--api-key-env names \(variable), but \(variable) is not set or empty; export \(variable) "
                + "or drop --api-key-env"
        case .missingKey(let provider, let variables):
            let export =
                variables.isEmpty
                ? "set `api_key_env:` under providers.\(provider) in the config and export that variable"
                : "export \(variables.joined(separator: " or "))"
            return "no API key for provider '\(provider)': \(export), or run `llmgw keys set \(provider)`"
        case .missingBaseURL(let provider, let variable):
            let fix =
                variable.map { "export \($0) (e.g. https://NAME.openai.azure.com) or set " } ?? "set "
            return "provider '\(provider)' has no base URL: \(fix)`base_url:` under providers.\(provider) in the config"
        }
    }
}

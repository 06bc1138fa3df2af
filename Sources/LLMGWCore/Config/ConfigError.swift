import Foundation

/// Why a configuration file could not be used. Every case names the file, line, column and key path.
public enum ConfigError: Error, Sendable, Hashable {
    /// A configuration file named by `--config` or `LLMGW_CONFIG` does not exist.
    case fileNotFound(path: String)
    /// The configuration file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(ConfigLocation, problem: String)
    /// A value has the wrong type (a list where a mapping belongs, text where a number belongs, …).
    case wrongType(ConfigLocation, keyPath: String, expected: String, found: String)
    /// A key llmgw does not know, with the closest known key when there is one.
    case unknownKey(ConfigLocation, keyPath: String, known: [String], suggestion: String?)
    /// A required key is absent.
    case missingKey(ConfigLocation, keyPath: String, hint: String)
    /// A provider carries a literal `api_key:`; keys never live in the config file.
    case literalAPIKey(ConfigLocation, keyPath: String, provider: String)
    /// A provider `type` that is not one of the supported wire formats.
    case unknownProviderType(ConfigLocation, keyPath: String, value: String, suggestion: String?)
    /// A model reference names a provider that is neither a preset nor configured.
    case unknownProvider(ConfigLocation, keyPath: String, provider: String, suggestion: String?)
    /// A route target names neither a `provider/model` reference nor another route.
    case unknownTarget(ConfigLocation, keyPath: String, target: String, suggestion: String?)
    /// Routes refer to each other in a loop.
    case routeCycle(ConfigLocation, keyPath: String, cycle: [String])
    /// A value of the right type that is not allowed (a negative price, a bad duration, …).
    case invalidValue(ConfigLocation, keyPath: String, problem: String, fix: String)
}

extension ConfigError: LocalizedError {
    public var errorDescription: String? { message }
}

extension ConfigError: ClassifiedError {
    public var failureClass: FailureClass {
        switch self {
        case .unreadable: .io
        default: .usage
        }
    }
}

extension ConfigError: CustomStringConvertible {
    public var description: String { message }
}

extension ConfigError {
    /// Where the problem is, when it is inside a file.
    public var location: ConfigLocation? {
        switch self {
        case .fileNotFound, .unreadable: nil
        case .syntax(let location, _), .wrongType(let location, _, _, _), .unknownKey(let location, _, _, _),
            .missingKey(let location, _, _), .literalAPIKey(let location, _, _),
            .unknownProviderType(let location, _, _, _), .unknownProvider(let location, _, _, _),
            .unknownTarget(let location, _, _, _), .routeCycle(let location, _, _),
            .invalidValue(let location, _, _, _):
            location
        }
    }

    /// The dotted key path of the offending value (`routes.canary.targets[1].weight`), when there is one.
    public var keyPath: String? {
        switch self {
        case .fileNotFound, .unreadable, .syntax: nil
        case .wrongType(_, let path, _, _), .unknownKey(_, let path, _, _), .missingKey(_, let path, _),
            .literalAPIKey(_, let path, _), .unknownProviderType(_, let path, _, _),
            .unknownProvider(_, let path, _, _), .unknownTarget(_, let path, _, _), .routeCycle(_, let path, _),
            .invalidValue(_, let path, _, _):
            path
        }
    }

    /// One message: what failed, where (file:line:column and key path), and what to do.
    public var message: String {
        switch self {
        case .fileNotFound(let path):
            return "config file \(path) does not exist; create it, or drop --config / LLMGW_CONFIG to use the default"
        case .unreadable(let path, let reason):
            return "cannot read config file \(path): \(reason); check that it exists and is readable"
        case .syntax(let location, let problem):
            return "\(location): invalid YAML: \(problem); fix the syntax at that line"
        case .wrongType(let location, let path, let expected, let found):
            return "\(location): \(path): expected \(expected), found \(found)"
        case .unknownKey(let location, let path, let known, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "\(location): \(path): unknown key; \(hint)known keys here: \(known.joined(separator: ", "))"
        case .missingKey(let location, let path, let hint):
            return "\(location): \(path): required key is missing; \(hint)"
        case .literalAPIKey(let location, let path, let provider):
            return "\(location): \(path): API keys do not belong in the config file; remove it and run "
                + "`llmgw keys set \(provider)`, or put the key in an environment variable and name that "
                + "variable with `api_key_env:`"
        case .unknownProviderType(let location, let path, let value, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "\(location): \(path): unknown provider type '\(value)'; \(hint)"
                + "use one of: \(ProviderConfig.typeNames.joined(separator: ", "))"
        case .unknownProvider(let location, let path, let provider, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "\(location): \(path): unknown provider '\(provider)'; \(hint)"
                + "use a built-in provider or add it under `providers:`"
        case .unknownTarget(let location, let path, let target, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "\(location): \(path): '\(target)' is neither a `provider/model` reference nor a route; \(hint)"
                + "write `provider/model` or the name of a route defined under `routes:`"
        case .routeCycle(let location, let path, let cycle):
            return "\(location): \(path): routes refer to each other in a loop (\(cycle.joined(separator: " → "))); "
                + "make one of them target a `provider/model` instead"
        case .invalidValue(let location, let path, let problem, let fix):
            return "\(location): \(path): \(problem); \(fix)"
        }
    }
}

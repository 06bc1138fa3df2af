import Foundation
import Yams

/// Reads and validates the YAML configuration; the first problem found is thrown as one ``ConfigError``.
public enum ConfigLoader {
    /// The keys accepted at the top level of the file.
    static let topLevelKeys = ["default_model", "providers", "models", "routes", "timeouts", "limits"]

    /// Loads the configuration the paths point at.
    ///
    /// A missing default file is an empty configuration; a missing file named by `--config` or
    /// `LLMGW_CONFIG` is an error.
    /// - Parameter paths: the resolved paths.
    /// - Returns: the configuration.
    /// - Throws: ``ConfigError`` when the file is missing (explicit only), unreadable or invalid.
    public static func loadIfPresent(paths: LLMGWPaths) throws(ConfigError) -> LLMGWConfig {
        if !paths.configIsExplicit && !FileManager.default.fileExists(atPath: paths.configFile) {
            return .empty
        }
        return try load(from: paths.configFile)
    }

    /// Loads and validates one configuration file.
    /// - Parameter path: the file.
    /// - Returns: the configuration.
    /// - Throws: ``ConfigError/fileNotFound(path:)``, ``ConfigError/unreadable(path:reason:)`` or a
    ///   validation error naming line, column and key.
    public static func load(from path: String) throws(ConfigError) -> LLMGWConfig {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or read failed")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses and validates configuration text.
    /// - Parameters:
    ///   - yaml: the YAML text; empty text is an empty configuration.
    ///   - file: the name used in error messages.
    /// - Returns: the configuration.
    /// - Throws: ``ConfigError`` for the first problem found.
    public static func parse(_ yaml: String, file: String) throws(ConfigError) -> LLMGWConfig {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, yaml: yaml, file: file)
        } catch {
            throw .syntax(ConfigLocation(file: file, line: 1, column: 1), problem: "\(error)")
        }
        var config = LLMGWConfig(file: file)
        guard let root else { return config }
        let document = ConfigNode(node: root, path: "", file: file)
        if document.isNull { return config }
        let fields = try document.fields(topLevelKeys)

        if let node = fields["providers"] {
            for entry in try node.entries() where !entry.value.isNull {
                config.providers[entry.key] = try provider(named: entry.key, entry.value)
            }
        }
        let providerNames = Set(config.providers.keys).union(ProviderPresets.all.map(\.name))
        if let node = fields["models"] {
            for entry in try node.entries() {
                try checkModelReference(
                    entry.key, at: entry.keyLocation, path: entry.value.path, providers: providerNames)
                config.models[entry.key] = entry.value.isNull ? ModelConfig() : try model(entry.value)
            }
        }
        if let node = fields["timeouts"] {
            config.timeouts = try timeouts(node)
        }
        if let node = fields["limits"] { config.limits = try limits(node, providers: providerNames) }
        var referenceNodes: [String: [ConfigNode]] = [:]
        if let node = fields["routes"] {
            for entry in try node.entries() {
                guard !entry.key.contains("/") && !entry.key.isEmpty else {
                    throw ConfigError.invalidValue(
                        entry.keyLocation, keyPath: entry.value.path,
                        problem: "a route name cannot be empty or contain '/' (that is a `provider/model` reference)",
                        fix: "rename the route, e.g. to '\(entry.key.replacingOccurrences(of: "/", with: "-"))'")
                }
                let (route, references) = try route(entry.value)
                config.routes[entry.key] = route
                referenceNodes[entry.key] = references
            }
        }
        for name in referenceNodes.keys.sorted() {
            for reference in referenceNodes[name] ?? [] {
                try checkTarget(try reference.string(), node: reference, config: config, providers: providerNames)
            }
        }
        try checkCycles(referenceNodes)
        if let node = fields["default_model"] {
            let value = try node.string()
            try checkTarget(value, node: node, config: config, providers: providerNames)
            config.defaultModel = value
        }
        return config
    }

    private static func syntaxError(_ error: YamlError, yaml: String, file: String) -> ConfigError {
        func location(_ mark: Mark) -> ConfigLocation {
            ConfigLocation(file: file, line: mark.line, column: mark.column)
        }
        func problem(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line))"
        }
        switch error {
        case .scanner(let context, let text, let mark, _), .parser(let context, let text, let mark, _),
            .composer(let context, let text, let mark, _):
            return .syntax(location(mark), problem: problem(text, context))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(
                location(context.mark),
                problem: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case .reader(let text, let offset, _, _):
            let prefix = yaml.prefix(offset ?? 0)
            let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column =
                prefix.count
                - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            return .syntax(ConfigLocation(file: file, line: line, column: column), problem: text)
        default:
            return .syntax(ConfigLocation(file: file, line: 1, column: 1), problem: "\(error)")
        }
    }
}

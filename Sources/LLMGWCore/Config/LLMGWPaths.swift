import Foundation

/// Where llmgw keeps its configuration, keys, request log and REPL history (XDG base directories).
public struct LLMGWPaths: Sendable, Hashable {
    /// The YAML configuration file.
    public var configFile: String
    /// Whether `configFile` was named by `--config` or `LLMGW_CONFIG` (then it must exist).
    public var configIsExplicit: Bool
    /// The stored API keys (`keys.json`, mode 0600).
    public var keysFile: String
    /// The SQLite database: request log, conversations, cache.
    public var database: String
    /// The REPL's readline history.
    public var historyFile: String
    /// `$XDG_CONFIG_HOME/llmgw`.
    public var configDirectory: String
    /// `$XDG_DATA_HOME/llmgw`.
    public var dataDirectory: String
    /// `$XDG_STATE_HOME/llmgw`.
    public var stateDirectory: String

    /// Creates paths from explicit values; most callers want ``resolve(environment:configOverride:)``.
    public init(
        configFile: String, configIsExplicit: Bool = false, keysFile: String, database: String, historyFile: String,
        configDirectory: String, dataDirectory: String, stateDirectory: String
    ) {
        self.configFile = configFile
        self.configIsExplicit = configIsExplicit
        self.keysFile = keysFile
        self.database = database
        self.historyFile = historyFile
        self.configDirectory = configDirectory
        self.dataDirectory = dataDirectory
        self.stateDirectory = stateDirectory
    }

    /// Works out every path from the environment, as the XDG base directory spec says.
    ///
    /// Relative `XDG_*` values are ignored. `LLMGW_CONFIG` and then `configOverride` (`--config`)
    /// replace the config file; `LLMGW_DB` replaces the database.
    /// - Parameters:
    ///   - environment: the process environment (`HOME`, `XDG_*`, `LLMGW_*`).
    ///   - configOverride: the `--config` value, if given.
    /// - Returns: the resolved paths; nothing is created on disk.
    public static func resolve(environment: [String: String], configOverride: String? = nil) -> LLMGWPaths {
        let home = homeDirectory(environment)
        func base(_ variable: String, fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return trimmed(value) }
            return join(home, fallback)
        }
        let configDirectory = join(base("XDG_CONFIG_HOME", fallback: ".config"), "llmgw")
        let dataDirectory = join(base("XDG_DATA_HOME", fallback: ".local/share"), "llmgw")
        let stateDirectory = join(base("XDG_STATE_HOME", fallback: ".local/state"), "llmgw")

        var configFile = join(configDirectory, "config.yaml")
        var explicit = false
        if let value = environment["LLMGW_CONFIG"], !value.isEmpty {
            configFile = expandTilde(value, home: home)
            explicit = true
        }
        if let value = configOverride, !value.isEmpty {
            configFile = expandTilde(value, home: home)
            explicit = true
        }
        var database = join(dataDirectory, "llmgw.db")
        if let value = environment["LLMGW_DB"], !value.isEmpty {
            database = expandTilde(value, home: home)
        }
        return LLMGWPaths(
            configFile: configFile, configIsExplicit: explicit, keysFile: join(configDirectory, "keys.json"),
            database: database, historyFile: join(stateDirectory, "history"), configDirectory: configDirectory,
            dataDirectory: dataDirectory, stateDirectory: stateDirectory)
    }

    private static func homeDirectory(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") { return trimmed(home) }
        return trimmed(NSHomeDirectory())
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }

    private static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return path
    }
}

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A throw-away home for one test: its own XDG config, data and state folders, and a clean environment
/// in which no real provider key, proxy or llmgw setting of the developer's can reach the child.
final class TempHome: Sendable {
    /// The root folder, removed when the home is released.
    let root: URL

    /// The variables copied from the test process; everything else is left out.
    static let inherited = ["PATH", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "LANG", "LC_ALL", "TZ"]

    /// Provider variables that must never reach the child (checked again after building the environment).
    static let providerVariables = [
        "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY", "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_ENDPOINT", "OPENROUTER_API_KEY", "GROQ_API_KEY", "TOGETHER_API_KEY", "MISTRAL_API_KEY",
        "DEEPSEEK_API_KEY", "XAI_API_KEY", "FIREWORKS_API_KEY", "CEREBRAS_API_KEY", "PERPLEXITY_API_KEY",
        "LLAMA_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
        "OPENAI_API_VERSION", "LLMGW_MODEL", "LLMGW_CONFIG", "LLMGW_DB",
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "llmgw-cli-test-\(UUID().uuidString)", isDirectory: true)
        for folder in ["home", "config", "data", "state"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// `$XDG_CONFIG_HOME/llmgw/config.yaml`.
    var configFile: URL { root.appendingPathComponent("config/llmgw/config.yaml") }
    /// `$XDG_DATA_HOME/llmgw/llmgw.db`.
    var databasePath: String { root.appendingPathComponent("data/llmgw/llmgw.db").path }

    /// Writes `config.yaml` (creating its folder).
    func writeConfig(_ yaml: String) throws {
        try FileManager.default.createDirectory(
            at: configFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: configFile)
    }

    /// Writes a file under the home and returns its path.
    func writeFile(_ name: String, _ contents: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// The child's environment: XDG folders of this home, `NO_COLOR`, and `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let parent = ProcessInfo.processInfo.environment
        var environment: [String: String] = [:]
        for name in Self.inherited { environment[name] = parent[name] }
        environment["HOME"] = root.appendingPathComponent("home").path
        environment["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
        environment["XDG_DATA_HOME"] = root.appendingPathComponent("data").path
        environment["XDG_STATE_HOME"] = root.appendingPathComponent("state").path
        environment["TMPDIR"] = NSTemporaryDirectory()
        environment["NO_COLOR"] = "1"
        for name in Self.providerVariables { environment[name] = nil }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs `llmgw` in this home.
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil,
        deadline: Duration = .seconds(30), interruptAfterStdoutBytes: Int? = nil, signal: Int32 = SIGINT
    ) async throws -> ProcessResult {
        try await ProcessRunner.run(
            arguments, environment: environment(extra), stdin: stdin, deadline: deadline,
            interruptAfterStdoutBytes: interruptAfterStdoutBytes, signal: signal)
    }
}

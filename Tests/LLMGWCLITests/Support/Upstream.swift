import Foundation
import LLMGWCore
import LLMGWServer
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The wire formats llmgw speaks to the mock upstream over real HTTP.
enum WireFormat: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case openai
    case anthropic
    case gemini

    /// The provider `type:` in the config.
    var typeName: String {
        switch self {
        case .openai: "openai-compatible"
        case .anthropic: "anthropic"
        case .gemini: "gemini"
        }
    }

    /// The API base path on the mock.
    var basePath: String { self == .gemini ? "/v1beta" : "/v1" }

    var testDescription: String { rawValue }
}

/// The fake key every upstream test sends; never a real-looking `sk-` key.
let testKey = "test-key-0000-abcdefghijklmnop"
/// The variable ``testKey`` is read from (`api_key_env:` in the generated config).
let testKeyVariable = "LLMGW_TEST_KEY"

/// A mock upstream on a loopback port plus a home whose config points a provider `local` at it.
struct Upstream: Sendable {
    let server: RunningMockServer
    let home: TempHome
    let format: WireFormat

    /// The provider's base URL.
    var baseURL: String { server.baseURL + format.basePath }

    /// Writes a config with provider `local` of `format`, sending `headers` on every request.
    func configure(headers: [String: String] = [:], extra: String = "") throws {
        try home.writeConfig(Self.config(format: format, baseURL: baseURL, headers: headers) + extra)
    }

    /// Runs `llmgw` in the home with the test key exported.
    func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil,
        deadline: Duration = .seconds(30), interruptAfterStdoutBytes: Int? = nil,
        signal: Int32 = SIGINT
    ) async throws -> ProcessResult {
        var environment = environment
        if environment[testKeyVariable] == nil { environment[testKeyVariable] = testKey }
        return try await home.run(
            arguments, environment: environment, stdin: stdin, deadline: deadline,
            interruptAfterStdoutBytes: interruptAfterStdoutBytes, signal: signal)
    }

    /// The YAML for provider `local` of `format` at `baseURL`.
    static func config(format: WireFormat, baseURL: String, headers: [String: String]) -> String {
        var yaml = """
            providers:
              local:
                type: \(format.typeName)
                base_url: "\(baseURL)"
                api_key_env: \(testKeyVariable)

            """
        if !headers.isEmpty {
            yaml += "    headers:\n"
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
                yaml += "      \"\(name)\": \"\(value)\"\n"
            }
        }
        return yaml
    }

    /// Starts a mock upstream, runs `body`, and stops the server whatever happens.
    static func with<T>(
        _ format: WireFormat = .openai, behavior: MockBehavior = MockBehavior(),
        _ body: (Upstream) async throws -> T
    ) async throws -> T {
        let server = try await MockServer.start(behavior: behavior)
        let upstream = Upstream(server: server, home: try TempHome(), format: format)
        do {
            let value = try await body(upstream)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    /// A loopback port that nothing listens on: one a mock server had, after it stopped.
    static func closedPort() async throws -> Int {
        let server = try await MockServer.start(behavior: MockBehavior())
        let port = server.port
        await server.stop()
        return port
    }
}

/// The request log of a home, read after the child has exited.
func requestLogRecords(in home: TempHome, limit: Int = 20) throws -> [RequestRecord] {
    let database = try LLMGWDatabase(path: home.databasePath)
    return try RequestLog(database: database).recent(limit: limit)
}

/// A JSON number as an `Int`, when it is one.
func jsonInt(_ value: Any?) -> Int? {
    (value as? NSNumber)?.intValue
}

import Foundation
import GRDB

/// The exact-match response cache in SQLite (`response_cache` table): answers to identical
/// deterministic requests, kept for a TTL.
public struct ResponseCache: Sendable {
    /// The database.
    public let database: LLMGWDatabase
    /// How long an entry is served.
    public let ttl: Duration
    /// The time source for expiry, in seconds since 1970.
    let now: @Sendable () -> Date

    /// Creates a cache.
    /// - Parameters:
    ///   - database: llmgw's database.
    ///   - ttl: how long an entry is served (default one day).
    ///   - now: the current time (injected in tests).
    public init(
        database: LLMGWDatabase, ttl: Duration = .seconds(86_400), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.ttl = ttl
        self.now = now
    }

    /// The entry for `key`, unless missing or expired (errors read as a miss).
    public func lookup(_ key: String) -> CachedResponse? {
        let time = now().timeIntervalSince1970
        let row = try? database.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT target, body FROM response_cache WHERE key = ? AND expires_at > ?",
                arguments: [key, time])
        }
        guard let row, let body: String = row["body"], let target: String = row["target"],
            let value = try? JSONValue.parse(body)
        else { return nil }
        return CachedResponse(target: target, result: Self.result(from: value))
    }

    /// Stores an answer under `key` (errors are ignored: the cache is an optimisation).
    public func store(_ key: String, target: String, result: ChatResult) {
        let time = now().timeIntervalSince1970
        let body = Self.json(result).serialized()
        let expires = time + ttl.milliseconds / 1000
        try? database.pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO response_cache (key, target, body, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [key, target, body, time, expires])
            try db.execute(sql: "DELETE FROM response_cache WHERE expires_at <= ?", arguments: [time])
        }
    }

    /// Stores a successful call's answer.
    public func store(_ key: String, report: CallReport) {
        store(key, target: report.target, result: report.result)
    }

    static func json(_ result: ChatResult) -> JSONValue {
        var object: [String: JSONValue] = [
            "text": .string(result.text), "reasoning": .string(result.reasoning),
            "finish_reason": result.finishReason.map { .string($0.name) } ?? .null,
            "served_model": result.servedModel.map(JSONValue.string) ?? .null,
            "tool_calls": .array(
                result.toolCalls.map {
                    .object(["id": .string($0.id), "name": .string($0.name), "arguments": .string($0.arguments)])
                }),
        ]
        if let usage = result.usage {
            object["usage"] = .object([
                "input": .number(Double(usage.inputTokens)), "output": .number(Double(usage.outputTokens)),
                "cached": .number(Double(usage.cachedInputTokens)),
                "reasoning": .number(Double(usage.reasoningTokens)),
            ])
        }
        return .object(object)
    }

    static func result(from value: JSONValue) -> ChatResult {
        var result = ChatResult()
        result.text = value["text"]?.stringValue ?? ""
        result.reasoning = value["reasoning"]?.stringValue ?? ""
        result.servedModel = value["served_model"]?.stringValue
        result.toolCalls = (value["tool_calls"]?.arrayValue ?? []).map {
            ToolCall(
                id: $0["id"]?.stringValue ?? "", name: $0["name"]?.stringValue ?? "",
                arguments: $0["arguments"]?.stringValue ?? "")
        }
        if let usage = value["usage"] {
            func int(_ key: String) -> Int { usage[key]?.intValue ?? 0 }
            result.usage = Usage(
                inputTokens: int("input"), outputTokens: int("output"), cachedInputTokens: int("cached"),
                reasoningTokens: int("reasoning"))
        }
        if let name = value["finish_reason"]?.stringValue {
            result.finishReason =
                switch name {
                case "stop": .stop
                case "length": .length
                case "tool_calls": .toolCalls
                case "content_filter": .contentFilter
                default: .other(name)
                }
        }
        return result
    }
}

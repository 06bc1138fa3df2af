import ArgumentParser
import Foundation
import LLMGWCore

/// `llmgw keys list`: every key llmgw can see, masked, with its source.
struct KeysListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the keys llmgw can see (masked), where each comes from, and which one calls use.",
        discussion: """
            Shows variables (config api_key_env and the standard variables) and stored keys. \
            ACTIVE is yes for the key calls use: the first source in lookup order, or every stored \
            key of a provider (used in turn) when no variable is set. --json prints \
            {"schema": "llmgw.keys/1", "keys": [...]}.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let context = try KeysContext(global: global)
        let entries = KeyListing.all(resolver: context.resolver, stored: try context.store.load())
        if json {
            let rows: [JSONValue] = entries.map { entry in
                [
                    "provider": .string(entry.provider), "name": entry.name.map(JSONValue.string) ?? .null,
                    "source": .string(entry.sourceLabel), "masked": .string(entry.key.masked),
                    "weight": entry.weight.map { .number(Double($0)) } ?? .null,
                    "added_at": entry.addedAt.map { .string(Self.timestamp($0)) } ?? .null,
                    "last_used_at": entry.lastUsedAt.map { .string(Self.timestamp($0)) } ?? .null,
                    "active": .bool(entry.active),
                ]
            }
            let document: JSONValue = ["schema": "llmgw.keys/1", "keys": .array(rows)]
            Terminal.standardOutput.writeLine(document.serialized())
            return
        }
        guard !entries.isEmpty else {
            Terminal.standardError.writeLine(
                "llmgw: no keys found; export a provider variable (OPENAI_API_KEY, ...) or run `llmgw keys set PROVIDER`"
            )
            return
        }
        var rows = [["PROVIDER", "NAME", "SOURCE", "KEY", "ACTIVE", "ADDED", "LAST USED"]]
        for entry in entries {
            rows.append([
                entry.provider, entry.name ?? "-", entry.sourceLabel, entry.key.masked, entry.active ? "yes" : "no",
                entry.addedAt.map(Self.timestamp) ?? "-", entry.lastUsedAt.map(Self.timestamp) ?? "never",
            ])
        }
        Terminal.standardOutput.write(KeysTable.render(rows))
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

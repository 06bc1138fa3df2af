import Foundation

/// The tokenizer corpus and what tiktoken 0.14.0 gives for it (`Scripts/generate-tokenizer-fixtures`).
enum TokenizerFixtures {
    /// tiktoken's result for one corpus file.
    struct Expected: Sendable {
        /// The file's name in `corpus/`.
        var name: String
        /// The file's bytes.
        var bytes: [UInt8]
        /// Token ids by encoding name.
        var ids: [String: [Int]]
    }

    /// A fixture that is missing or malformed.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "tokenizer fixture missing or malformed: \(path)" }
    }

    /// The folder of the tokenizer fixtures.
    static func folder() throws -> URL {
        guard let root = Bundle.module.resourceURL else { throw Missing(path: "Fixtures") }
        return root.appendingPathComponent("Fixtures/tokenizer")
    }

    /// Every corpus file with tiktoken's ids for it.
    static func all() throws -> [Expected] {
        let folder = try folder()
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let files = root["files"] as? [String: [String: Any]]
        else { throw Missing(path: "expected.json") }
        return try files.keys.sorted().map { name in
            let entry = files[name]!
            let bytes = try Data(contentsOf: folder.appendingPathComponent("corpus").appendingPathComponent(name))
            var ids: [String: [Int]] = [:]
            for encoding in ["o200k_base", "cl100k_base"] {
                guard let result = entry[encoding] as? [String: Any], let list = result["ids"] as? [Int] else {
                    throw Missing(path: "expected.json: \(name) \(encoding)")
                }
                ids[encoding] = list
            }
            return Expected(name: name, bytes: Array(bytes), ids: ids)
        }
    }
}

import Foundation
import Yams

/// A YAML node with its key path and file position, turning type mistakes into ``ConfigError``s.
struct ConfigNode {
    let node: Yams.Node
    /// The dotted key path (`routes.canary.targets[1]`), empty at the root.
    let path: String
    let file: String

    var location: ConfigLocation {
        let mark = node.mark
        return ConfigLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The resolved YAML tag (`str`, `int`, `null`, …).
    var tagName: Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

    var isNull: Bool { node.scalar != nil && tagName == .null }

    /// A child node under a mapping key.
    func child(_ key: String, _ node: Yams.Node) -> ConfigNode {
        ConfigNode(node: node, path: Self.append(key, to: path), file: file)
    }

    /// `path.key`, or `path["key"]` when the key contains dots, spaces or brackets.
    static func append(_ key: String, to path: String) -> String {
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || "_-/".contains($0) }
        if !plain { return path + "[\"" + key + "\"]" }
        return path.isEmpty ? key : path + "." + key
    }

    /// What the node is, in words, for "expected …, found …".
    var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch tagName {
            case .null: return "nothing (null)"
            case .bool: return "true/false '\(scalar.string)'"
            case .int, .float: return "the number \(scalar.string)"
            default: return "the text '\(scalar.string)'"
            }
        }
    }

    func wrongType(_ expected: String) -> ConfigError {
        .wrongType(location, keyPath: path.isEmpty ? "(top level)" : path, expected: expected, found: kindDescription)
    }

    func invalid(_ problem: String, fix: String) -> ConfigError {
        .invalidValue(location, keyPath: path, problem: problem, fix: fix)
    }

    /// The entries of a mapping, in file order, with each key's location.
    func entries() throws(ConfigError) -> [(key: String, keyLocation: ConfigLocation, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else { throw wrongType("a mapping") }
        var result: [(key: String, keyLocation: ConfigLocation, value: ConfigNode)] = []
        for (keyNode, valueNode) in mapping {
            let keyPosition = ConfigNode(node: keyNode, path: path, file: file)
            guard case .scalar(let scalar) = keyNode else { throw keyPosition.wrongType("a plain key") }
            result.append((scalar.string, keyPosition.location, child(scalar.string, valueNode)))
        }
        return result
    }

    /// The entries of a mapping whose keys must all be in `allowed`; null values count as absent.
    func fields(_ allowed: [String]) throws(ConfigError) -> [String: ConfigNode] {
        var result: [String: ConfigNode] = [:]
        for entry in try entries() {
            guard allowed.contains(entry.key) else {
                throw ConfigError.unknownKey(
                    entry.keyLocation, keyPath: Self.append(entry.key, to: path), known: allowed,
                    suggestion: NameSuggestion.closest(to: entry.key, in: allowed))
            }
            if !entry.value.isNull { result[entry.key] = entry.value }
        }
        return result
    }

    /// The items of a list.
    func items() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let sequence) = node else { throw wrongType("a list") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, path: path + "[\(index)]", file: file)
        }
    }

    /// A scalar as text (numbers and dates as written).
    func string() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node, tagName != .null else { throw wrongType("text") }
        return scalar.string
    }

    func bool() throws(ConfigError) -> Bool {
        guard case .scalar(let scalar) = node, tagName == .bool, let value = Bool.construct(from: scalar) else {
            throw wrongType("true or false")
        }
        return value
    }

    /// A whole number, at least `minimum`.
    func int(minimum: Int = 0) throws(ConfigError) -> Int {
        guard case .scalar(let scalar) = node, tagName == .int, let value = Int.construct(from: scalar) else {
            throw wrongType("a whole number")
        }
        guard value >= minimum else {
            throw invalid("must be \(minimum) or more, got \(value)", fix: "use a value of at least \(minimum)")
        }
        return value
    }

    /// A number that is zero or more, kept exact as written.
    func nonNegativeDecimal() throws(ConfigError) -> Decimal {
        guard case .scalar(let scalar) = node, [.int, .float].contains(tagName),
            let value = Decimal(string: scalar.string, locale: Locale(identifier: "en_US_POSIX"))
        else { throw wrongType("a number") }
        guard value >= 0 else {
            throw invalid("must be zero or more, got \(scalar.string)", fix: "use a number of at least 0")
        }
        return value
    }

    /// A number that is zero or more.
    func nonNegativeDouble() throws(ConfigError) -> Double {
        guard case .scalar(let scalar) = node, [.int, .float].contains(tagName),
            let value = Double(scalar.string)
        else { throw wrongType("a number") }
        guard value >= 0, value.isFinite else {
            throw invalid("must be zero or more, got \(scalar.string)", fix: "use a number of at least 0")
        }
        return value
    }

    /// A duration such as `10s`, `500ms` or `2m` (a bare number is seconds).
    func duration() throws(ConfigError) -> Duration {
        guard case .scalar(let scalar) = node, tagName != .null else { throw wrongType("a duration like 10s") }
        guard let duration = ConfigDuration.parse(scalar.string) else {
            throw invalid("'\(scalar.string)' is not a duration", fix: "write it like 500ms, 10s, 2m or 1h")
        }
        return duration
    }

    /// A list of text values.
    func stringList() throws(ConfigError) -> [String] {
        var result: [String] = []
        for item in try items() { result.append(try item.string()) }
        return result
    }

    /// A mapping of text to text.
    func stringMap() throws(ConfigError) -> [String: String] {
        var result: [String: String] = [:]
        for entry in try entries() { result[entry.key] = try entry.value.string() }
        return result
    }

    /// The node as JSON (scalars typed as YAML resolves them).
    func json() throws(ConfigError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch tagName {
            case .null: return .null
            case .bool: return Bool.construct(from: scalar).map(JSONValue.bool) ?? .string(scalar.string)
            case .int, .float: return Double(scalar.string).map(JSONValue.number) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence:
            var array: [JSONValue] = []
            for item in try items() { array.append(try item.json()) }
            return .array(array)
        case .mapping:
            var object: [String: JSONValue] = [:]
            for entry in try entries() { object[entry.key] = try entry.value.json() }
            return .object(object)
        case .alias:
            throw wrongType("a value")
        }
    }
}

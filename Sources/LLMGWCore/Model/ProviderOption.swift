/// A `-o key=value` provider option: extra body fields sent as they are.
public enum ProviderOption {
    /// Parses `key=value`; the value is JSON when it parses as JSON (`3`, `true`, `{"a":1}`), else a string.
    /// - Returns: the key and value.
    /// - Throws: ``ProviderOptionError`` when there is no `=` or the key is empty.
    public static func parse(_ text: String) throws(ProviderOptionError) -> (key: String, value: JSONValue) {
        guard let equals = text.firstIndex(of: "=") else { throw .missingEquals(text) }
        let key = String(text[..<equals]).trimmingSpaces()
        guard !key.isEmpty else { throw .emptyKey(text) }
        let raw = String(text[text.index(after: equals)...])
        if let json = try? JSONValue.parse(raw) { return (key, json) }
        return (key, .string(raw))
    }
}

/// Why a `-o` option is unusable.
public enum ProviderOptionError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingEquals(String)
    case emptyKey(String)

    public var description: String {
        switch self {
        case .missingEquals(let text): "option '\(text)' must be key=value, e.g. -o top_k=40"
        case .emptyKey(let text): "option '\(text)' has an empty key; write key=value, e.g. -o top_k=40"
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

/// A validating JSON reader that walks one buffer without building a tree, for hot stream paths.
///
/// Callers step through objects and arrays, read the few members they need as strings or
/// integers, and skip the rest; skipped values are still checked against the JSON grammar (escape
/// sequences and UTF-8 inside skipped strings are not). Any failure throws ``Failure`` and the caller falls back to
/// ``JSONValue/parse(_:)-(Collection<UInt8>)`` for the exact error. Strings with escapes are
/// decoded by that parser too.
struct JSONSkimmer {
    /// The bytes are not the JSON the caller expected.
    struct Failure: Error {}

    private static let maxDepth = 512
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether only white space is left.
    var isAtEnd: Bool {
        var copy = self
        copy.skipWhitespace()
        return copy.index == bytes.count
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next non-blank byte, not consumed.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { throw Failure() }
        index += 1
    }

    /// Consumes `null` if it comes next.
    mutating func skipNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Steps to the next member of an object opened with `expect("{")`.
    /// - Parameter first: `true` before the first member; updated.
    /// - Returns: the key's raw bytes (escapes not decoded), positioned at the value; `nil` at `}`.
    mutating func nextMember(_ first: inout Bool) throws(Failure) -> UnsafeBufferPointer<UInt8>? {
        skipWhitespace()
        guard index < bytes.count else { throw Failure() }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw Failure() }
            index += 1
            skipWhitespace()
        }
        first = false
        let key = try scanString()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        return UnsafeBufferPointer(rebasing: bytes[key.range])
    }

    /// Steps to the next element of an array opened with `expect("[")`.
    /// - Returns: `false` at `]`.
    mutating func nextElement(_ first: inout Bool) throws(Failure) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw Failure() }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            return false
        }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw Failure() }
            index += 1
            skipWhitespace()
        }
        first = false
        return true
    }

    /// Reads a string value, or `nil` for `null`.
    mutating func stringOrNull() throws(Failure) -> String? {
        if skipNull() { return nil }
        skipWhitespace()
        let start = index
        let scanned = try scanString()
        if !scanned.escaped {
            // Invalid UTF-8 becomes U+FFFD, as SSE decoding does.
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[scanned.range]), as: UTF8.self)
        }
        guard case .string(let text)? = try? JSONValue.parse(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        else { throw Failure() }
        return text
    }

    /// Reads a small non-negative integer, or `nil` for `null`.
    mutating func smallIntOrNull() throws(Failure) -> Int? {
        if skipNull() { return nil }
        skipWhitespace()
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 18 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        guard digits > 0 else { throw Failure() }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            throw Failure()
        }
        return value
    }

    /// Reads any value as a ``JSONValue`` (for rare, structured members).
    mutating func value() throws(Failure) -> JSONValue {
        skipWhitespace()
        let start = index
        try skipValue()
        guard let value = try? JSONValue.parse(UnsafeBufferPointer(rebasing: bytes[start..<index])) else {
            throw Failure()
        }
        return value
    }

    /// Skips one value, checking its grammar.
    mutating func skipValue(depth: Int = 0) throws(Failure) {
        guard depth < Self.maxDepth, let byte = peek() else { throw Failure() }
        switch byte {
        case UInt8(ascii: "{"):
            index += 1
            var first = true
            while try nextMember(&first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            index += 1
            var first = true
            while try nextElement(&first) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try skipNumber()
        }
    }

    private mutating func literal(_ text: StaticString) throws(Failure) {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw Failure() }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { throw Failure() }
        index += count
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index - start
    }

    private mutating func skipNumber() throws(Failure) {
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw Failure() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if skipDigits() == 0 {
            throw Failure()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw Failure() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard skipDigits() > 0 else { throw Failure() }
        }
    }

    /// Scans a string at `index`; returns the range of its contents and whether it has escapes.
    private mutating func scanString() throws(Failure) -> (range: Range<Int>, escaped: Bool) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Failure() }
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            index = ByteScan.stringSpecial(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (start..<(index - 1), escaped)
            }
            if byte < 0x20 { throw Failure() }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
                guard index < bytes.count else { throw Failure() }
                if bytes[index] == UInt8(ascii: "u") { index += 4 }
            }
            index += 1
        }
        throw Failure()
    }

    /// Whether `bytes` spell `name` exactly.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        for offset in 0..<count where bytes[offset] != name.utf8Start[offset] { return false }
        return true
    }
}

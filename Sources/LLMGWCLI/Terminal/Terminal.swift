#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file descriptor written with plain `write(2)`: unbuffered, so streamed tokens show at once.
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// Whether this descriptor is a terminal.
    var isTTY: Bool { isatty(descriptor) == 1 }

    /// Whether colour may be used: a terminal, `NO_COLOR` unset, `TERM` not `dumb`.
    var allowsColor: Bool {
        guard isTTY else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// Writes all of `text`.
    /// - Returns: `false` when the reader has gone (a closed pipe) or the write failed.
    @discardableResult
    func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(bytes: $0) }
    }

    /// Writes `text` and a newline.
    @discardableResult
    func writeLine(_ text: String) -> Bool { write(text + "\n") }

    /// Writes raw bytes, retrying short writes and interrupted calls.
    @discardableResult
    func write(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, pointer, remaining)
            #else
            let written = Darwin.write(descriptor, pointer, remaining)
            #endif
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            remaining -= written
            pointer += written
        }
        return true
    }

    /// Text wrapped in an ANSI style when colour is allowed.
    func styled(_ text: String, _ style: Style) -> String {
        allowsColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// ANSI styles llmgw uses.
    enum Style: String {
        case dim = "2"
        case bold = "1"
        case red = "31"
        case yellow = "33"
        case green = "32"
        case cyan = "36"
    }
}

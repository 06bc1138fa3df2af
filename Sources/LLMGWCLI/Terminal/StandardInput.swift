#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads standard input when it is a pipe or a file.
enum StandardInput {
    /// Whether standard input is a terminal.
    static var isTTY: Bool { isatty(0) == 1 }

    /// All of standard input as bytes, or `nil` when it is a terminal or closed.
    /// - Throws: ``CLIError/unreadableInput(_:)`` on a read error or input larger than `limit`.
    static func readAllIfPiped(limit: Int = 64 << 20) throws -> [UInt8]? {
        guard !isTTY else { return nil }
        var status = stat()
        if fstat(0, &status) != 0 { return nil }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EBADF { return nil }
                throw CLIError.unreadableInput("could not read standard input (errno \(errno))")
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit {
                throw CLIError.unreadableInput("standard input is larger than \(limit >> 20) MiB")
            }
        }
        return data
    }
}

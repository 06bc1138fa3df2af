#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a secret from the terminal (`/dev/tty`) without echoing it. The terminal's settings are
/// restored however the prompt ends: Enter, Ctrl-D, Ctrl-C, SIGTERM or SIGHUP.
enum SecretPrompt {
    /// Why no secret was read.
    enum Outcome {
        case secret(String)
        case interrupted
        case noTerminal
    }

    /// The settings to restore from a signal handler.
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var savedDescriptor: Int32 = -1

    /// Shows `prompt` on the terminal and reads one line with echo off.
    static func read(prompt: String) -> Outcome {
        let descriptor = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return .noTerminal }
        defer { close(descriptor) }
        var original = termios()
        guard tcgetattr(descriptor, &original) == 0 else { return .noTerminal }
        saved = original
        savedDescriptor = descriptor
        let restoreOnSignal: @convention(c) (Int32) -> Void = { number in
            var settings = SecretPrompt.saved
            _ = tcsetattr(SecretPrompt.savedDescriptor, TCSAFLUSH, &settings)
            _ = write(SecretPrompt.savedDescriptor, "\n", 1)
            _exit(128 + number)
        }
        let previousTerm = signal(SIGTERM, restoreOnSignal)
        let previousHup = signal(SIGHUP, restoreOnSignal)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        _ = tcsetattr(descriptor, TCSAFLUSH, &raw)
        defer {
            _ = tcsetattr(descriptor, TCSAFLUSH, &original)
            signal(SIGTERM, previousTerm)
            signal(SIGHUP, previousHup)
            savedDescriptor = -1
        }
        _ = prompt.withCString { write(descriptor, $0, strlen($0)) }
        var bytes: [UInt8] = []
        defer { for index in bytes.indices { bytes[index] = 0 } }
        while true {
            var byte: UInt8 = 0
            let count = readByte(descriptor, &byte)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            switch byte {
            case 0x03:
                _ = write(descriptor, "\n", 1)
                return .interrupted
            case 0x04 where bytes.isEmpty:
                _ = write(descriptor, "\n", 1)
                return .secret("")
            case 0x0A, 0x0D:
                _ = write(descriptor, "\n", 1)
                return .secret(String(decoding: bytes, as: UTF8.self))
            case 0x7F, 0x08:
                if !bytes.isEmpty { bytes.removeLast() }
            case 0x15:
                bytes.removeAll()
            default:
                bytes.append(byte)
            }
        }
        return .secret(String(decoding: bytes, as: UTF8.self))
    }
}

/// `read(2)` of one byte, named apart from ``SecretPrompt/read(prompt:)``.
private func readByte(_ descriptor: Int32, _ byte: inout UInt8) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, &byte, 1)
    #else
    Darwin.read(descriptor, &byte, 1)
    #endif
}

import CCurl
import LLMGWCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// libcurl's debug callback for the verbose flag: connection notes and header lines to stderr,
/// with secret header values masked by ``Redactor``; bodies are never printed.
func curlRedactingTrace(
    _ handle: UnsafeMutableRawPointer?, _ type: curl_infotype, _ data: UnsafeMutablePointer<CChar>?, _ size: Int,
    _ user: UnsafeMutableRawPointer?
) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    let prefix: String
    switch type {
    case CURLINFO_TEXT: prefix = "* "
    case CURLINFO_HEADER_OUT: prefix = "> "
    case CURLINFO_HEADER_IN: prefix = "< "
    default: return 0
    }
    var output = ""
    for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
        let line = String(rawLine).trimmingASCIIWhitespace()
        if line.isEmpty { continue }
        if type != CURLINFO_TEXT, let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon])
            let value = String(line[line.index(after: colon)...]).trimmingASCIIWhitespace()
            output += prefix + name + ": " + Redactor.headerValue(name: name, value: value) + "\n"
        } else {
            output += prefix + line + "\n"
        }
    }
    output.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    return 0
}

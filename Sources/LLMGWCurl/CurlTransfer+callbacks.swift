import CCurl
import LLMGWCore

/// libcurl's write callback: one body chunk of a transfer.
func curlTransferWrite(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?
)
    -> Int
{
    guard let user else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
}

/// libcurl's header callback: one header line (status line, field, or the blank end of a head).
func curlTransferHeader(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ user: UnsafeMutableRawPointer?
)
    -> Int
{
    guard let user else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

extension CurlTransfer {
    /// Handles one body chunk on the curl thread; returns what libcurl expects from a write callback.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        if !headDelivered { deliverHead() }
        lastActivity = CurlClock.now()
        if !sawBody {
            sawBody = true
            if let deadline { loop.noteDeadline(deadline) }
        }
        switch channel.push(Array(bytes)) {
        case .accepted:
            return bytes.count
        case .pause:
            paused = true
            return llmgw_writefunc_pause()
        case .consumerGone:
            return 0
        }
    }

    /// Handles one header line on the curl thread: a status line restarts the head (1xx, proxy
    /// CONNECT), and the blank line after a final status delivers it.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        if headDelivered { return }  // trailers
        var end = bytes.count
        while end > 0, bytes[end - 1] == 13 || bytes[end - 1] == 10 { end -= 1 }
        let line = UnsafeRawBufferPointer(rebasing: bytes[0..<end])
        if line.isEmpty {
            // 1xx answers (except 101) are interim: the real head follows.
            if status == 0 || (100..<200).contains(status) && status != 101 { return }
            deliverHead()
            return
        }
        if line.count >= 5, line[0] == 72, line[1] == 84, line[2] == 84, line[3] == 80, line[4] == 47 {  // "HTTP/"
            status = Self.parseStatus(line)
            headerFields.removeAll(keepingCapacity: true)
            return
        }
        if line[0] == 32 || line[0] == 9 {  // obsolete line folding: continue the previous value
            guard let last = headerFields.popLast() else { return }
            let more = String(decoding: line, as: UTF8.self).trimmingASCIIWhitespace()
            headerFields.append((name: last.name, value: last.value + " " + more))
            return
        }
        guard let colon = line.firstIndex(of: 58) else { return }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: line[0..<colon]), as: UTF8.self)
        let value = String(decoding: UnsafeRawBufferPointer(rebasing: line[(colon + 1)...]), as: UTF8.self)
        headerFields.append((name: name.trimmingASCIIWhitespace(), value: value.trimmingASCIIWhitespace()))
    }

    /// Hands the head (status and fields collected so far) to the task in `send`.
    func deliverHead() {
        guard !headDelivered else { return }
        headDelivered = true
        if status == 0 {
            var code = 0
            _ = llmgw_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
            status = code
        }
        let body = CurlBodyReader.stream(for: channel)
        channel.deliverHead(HTTPResponse(status: status, headers: HTTPHeaders(headerFields), body: body))
        headerFields = []
    }

    private static func parseStatus(_ line: UnsafeRawBufferPointer) -> Int {
        guard let space = line.firstIndex(of: 32) else { return 0 }
        var code = 0
        var index = space + 1
        while index < line.count, line[index] == 32 { index += 1 }
        var digits = 0
        while index < line.count, digits < 3, (48...57).contains(line[index]) {
            code = code * 10 + Int(line[index] - 48)
            index += 1
            digits += 1
        }
        return digits == 3 ? code : 0
    }
}

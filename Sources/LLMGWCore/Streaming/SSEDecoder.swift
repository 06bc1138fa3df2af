/// Incremental server-sent-events framing (WHATWG HTML §9.2), fed bytes as they arrive.
///
/// Bytes may be split anywhere: inside a UTF-8 sequence, inside a field name, or between the CR
/// and LF of a CRLF. Lines end with CRLF, LF or a lone CR; one leading BOM is dropped; comment
/// lines (`:`) are ignored but mark ``sawActivity``; `data` lines are joined with `\n`; an event is
/// dispatched on a blank line, and one without a blank line after it is discarded at the end.
///
/// The decoder scans contiguous bytes and copies whole line slices, so feeding it a large body
/// costs about one pass over the bytes plus one `String` per event.
public struct SSEDecoder: Sendable {
    private static let bom: (UInt8, UInt8, UInt8) = (0xEF, 0xBB, 0xBF)
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let colon: UInt8 = 0x3A
    private static let space: UInt8 = 0x20

    /// The bytes of a line whose end has not arrived yet.
    private var partialLine: [UInt8] = []
    /// The `data` buffer of the event being assembled (each value followed by `\n`).
    private var dataBuffer: [UInt8] = []
    /// Whether any `data` field arrived for the event being assembled.
    private var hasData = false
    /// The `event` field of the event being assembled.
    private var eventType: String?
    /// How many bytes of a leading BOM have matched so far; `nil` once the check is over.
    private var bomMatched: Int? = 0
    /// The previous chunk ended with a CR, so a LF at the start of the next one ends nothing.
    private var skipLeadingLineFeed = false

    /// The last event id seen (`id:`), which persists across events.
    public private(set) var lastEventID: String?
    /// The reconnection time in milliseconds from the last valid `retry:` field.
    public private(set) var retry: Int?
    /// Set whenever a whole line (a comment included) arrives; reset it to watch for liveness.
    public var sawActivity = false
    /// How many comment lines (`: keep-alive`, `: OPENROUTER PROCESSING`) have arrived.
    public private(set) var commentCount = 0

    public init() {}

    /// Feeds the next bytes of the stream.
    /// - Parameter bytes: any number of bytes, split anywhere.
    /// - Returns: the events completed by these bytes, in order.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [SSEEvent] {
        var events: [SSEEvent] = []
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            feed(buffer: buffer, into: &events)
        }
        if handled == nil {
            let array = Array(bytes)
            array.withUnsafeBufferPointer { feed(buffer: $0, into: &events) }
        }
        return events
    }

    /// Ends the stream.
    /// - Returns: always empty: an event (or line) without a blank line after it is discarded, as
    ///   the specification says. The decoder is ready for a new stream afterwards; the last event
    ///   id and retry time persist.
    public mutating func finish() -> [SSEEvent] {
        partialLine.removeAll(keepingCapacity: false)
        dataBuffer.removeAll(keepingCapacity: false)
        hasData = false
        eventType = nil
        skipLeadingLineFeed = false
        bomMatched = 0
        return []
    }

    private mutating func feed(buffer input: UnsafeBufferPointer<UInt8>, into events: inout [SSEEvent]) {
        var buffer = input
        if bomMatched != nil {
            buffer = consumeByteOrderMark(buffer)
            if bomMatched != nil { return }
        }
        var index = 0
        let count = buffer.count
        if skipLeadingLineFeed, count > 0 {
            skipLeadingLineFeed = false
            if buffer[0] == Self.lineFeed { index = 1 }
        }
        var lineStart = index
        while index < count {
            index = ByteScan.lineBreak(in: buffer, from: index)
            if index == count { break }
            let byte = buffer[index]
            let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<index])
            if partialLine.isEmpty {
                processLine(line, into: &events)
            } else {
                partialLine.append(contentsOf: line)
                let whole = partialLine
                partialLine.removeAll(keepingCapacity: true)
                whole.withUnsafeBufferPointer { processLine($0, into: &events) }
            }
            index += 1
            if byte == Self.carriageReturn {
                if index < count {
                    if buffer[index] == Self.lineFeed { index += 1 }
                } else {
                    skipLeadingLineFeed = true
                }
            }
            lineStart = index
        }
        if lineStart < count {
            partialLine.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[lineStart..<count]))
        }
    }

    /// Drops a leading BOM, which may itself arrive split; returns the bytes left to frame.
    private mutating func consumeByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard var matched = bomMatched else { return buffer }
        let expected = [Self.bom.0, Self.bom.1, Self.bom.2]
        var index = 0
        while index < buffer.count, matched < 3 {
            guard buffer[index] == expected[matched] else {
                // Not a BOM: the bytes held back so far are ordinary content.
                bomMatched = nil
                partialLine.append(contentsOf: expected[0..<matched])
                return UnsafeBufferPointer(rebasing: buffer[index...])
            }
            matched += 1
            index += 1
        }
        bomMatched = matched == 3 ? nil : matched
        return UnsafeBufferPointer(rebasing: buffer[index...])
    }

    private mutating func processLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [SSEEvent]) {
        sawActivity = true
        guard let first = line.first else {
            dispatch(into: &events)
            return
        }
        if first == Self.colon {
            commentCount += 1
            return
        }
        var colonIndex = line.count
        for offset in 0..<line.count where line[offset] == Self.colon {
            colonIndex = offset
            break
        }
        let name = UnsafeBufferPointer(rebasing: line[0..<colonIndex])
        var valueStart = Swift.min(colonIndex + 1, line.count)
        if valueStart < line.count, line[valueStart] == Self.space { valueStart += 1 }
        let value = UnsafeBufferPointer(rebasing: line[valueStart..<line.count])

        switch name.count {
        case 4 where Self.matches(name, "data"):
            dataBuffer.append(contentsOf: value)
            dataBuffer.append(Self.lineFeed)
            hasData = true
        case 5 where Self.matches(name, "event"):
            eventType = String(decoding: value, as: UTF8.self)
        case 2 where Self.matches(name, "id"):
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case 5 where Self.matches(name, "retry"):
            if !value.isEmpty, value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.count <= 18 {
                retry = value.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
        default:
            break
        }
    }

    private mutating func dispatch(into events: inout [SSEEvent]) {
        defer {
            dataBuffer.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
        }
        guard hasData, !dataBuffer.isEmpty else { return }
        let data = dataBuffer.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<(buffer.count - 1)]), as: UTF8.self)
        }
        let type = eventType.flatMap { $0.isEmpty ? nil : $0 } ?? "message"
        events.append(SSEEvent(type: type, data: data, id: lastEventID))
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        let start = name.utf8Start
        for offset in 0..<count where bytes[offset] != start[offset] { return false }
        return true
    }
}

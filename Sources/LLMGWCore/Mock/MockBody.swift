/// A mock response body: fixed bytes or a paced stream, possibly broken by a ``MockFault``.
///
/// It is written by ``write(to:stillWanted:)``, which paces tokens, coalesces what is already
/// due into one write and sleeps only between writes, or read as an `AsyncThrowingStream` through
/// ``makeStream()``.
public struct MockBody: Sendable {
    enum Content: Sendable {
        case bytes([UInt8])
        case stream(any MockStreamEncoder)
    }

    /// Above this many pending bytes a write goes out even when more is already due.
    static let coalescingLimit = 16 * 1024

    let content: Content
    /// Time between tokens; `nil` sends as fast as possible.
    let tokenInterval: Duration?
    let fault: MockFault?
    /// The token (stream) or byte offset (bytes) where the fault strikes.
    let faultIndex: Int
    let stallLimit: Duration

    init(
        _ content: Content, tokenInterval: Duration? = nil, fault: MockFault? = nil, faultIndex: Int = 0,
        stallLimit: Duration = .seconds(60)
    ) {
        self.content = content
        self.tokenInterval = tokenInterval
        self.fault = fault
        self.faultIndex = faultIndex
        self.stallLimit = stallLimit
    }

    /// A body of fixed bytes.
    public static func bytes(_ bytes: [UInt8]) -> MockBody { MockBody(.bytes(bytes)) }

    /// Whether this is an event stream (sent chunked) rather than fixed bytes.
    public var isStreamed: Bool {
        if case .stream = content { return true }
        return false
    }

    /// The body's length when it is known before writing (fixed bytes, not broken mid-way).
    public var contentLength: Int? {
        guard case .bytes(let bytes) = content else { return nil }
        switch fault {
        case nil: return bytes.count
        case .truncate: return min(bytes.count, faultIndex)
        case .malformed: return MockBody.malformedJSON.count
        case .disconnect, .stall: return nil
        }
    }

    static let malformedJSON = Array(#"{"mock": malformed"#.utf8)

    /// Writes the body through `sink`, pacing tokens in real time.
    /// - Parameters:
    ///   - sink: takes each chunk; what it throws stops the body.
    ///   - stillWanted: asked before and during each wait; `false` stops the body with `CancellationError`.
    /// - Throws: ``MockError/disconnectFault`` when the connection must now be closed abruptly,
    ///   `CancellationError` when cancelled or no longer wanted, or what `sink` throws.
    public func write(
        to sink: (_ chunk: [UInt8]) async throws -> Void, stillWanted: () -> Bool = { true }
    ) async throws {
        switch content {
        case .bytes(let bytes):
            try await writeBytes(bytes, to: sink, stillWanted: stillWanted)
        case .stream(let encoder):
            try await writeStream(encoder, to: sink, stillWanted: stillWanted)
        }
    }

    private func writeBytes(
        _ bytes: [UInt8], to sink: (_ chunk: [UInt8]) async throws -> Void, stillWanted: () -> Bool
    ) async throws {
        let cut = min(max(0, faultIndex), bytes.count)
        switch fault {
        case nil:
            if !bytes.isEmpty { try await sink(bytes) }
        case .truncate:
            if cut > 0 { try await sink(Array(bytes[..<cut])) }
        case .malformed:
            try await sink(MockBody.malformedJSON)
        case .disconnect:
            if cut > 0 { try await sink(Array(bytes[..<cut])) }
            throw MockError.disconnectFault
        case .stall:
            if cut > 0 { try await sink(Array(bytes[..<cut])) }
            try await stall(stillWanted: stillWanted)
        }
    }

    private func writeStream(
        _ encoder: any MockStreamEncoder, to sink: (_ chunk: [UInt8]) async throws -> Void, stillWanted: () -> Bool
    ) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var pending: [UInt8] = []
        pending.reserveCapacity(1024)
        encoder.writeOpening(to: &pending)
        let count = encoder.tokenCount
        let faultAt = fault == nil ? -1 : min(max(0, faultIndex), count)
        for index in 0...count {
            if index == faultAt, let fault {
                switch fault {
                case .malformed:
                    encoder.writeMalformed(to: &pending)
                case .truncate:
                    if !pending.isEmpty { try await sink(pending) }
                    return
                case .disconnect:
                    if !pending.isEmpty { try await sink(pending) }
                    throw MockError.disconnectFault
                case .stall:
                    if !pending.isEmpty { try await sink(pending) }
                    try await stall(stillWanted: stillWanted)
                }
            }
            guard index < count else { break }
            if let tokenInterval, index > 0 {
                let due = start + tokenInterval * index
                if clock.now < due {
                    if !pending.isEmpty {
                        try await sink(pending)
                        pending.removeAll(keepingCapacity: true)
                    }
                    try await Self.sleep(until: due, clock: clock, stillWanted: stillWanted)
                }
            }
            encoder.writeToken(index, to: &pending)
            if pending.count >= MockBody.coalescingLimit {
                try await sink(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        encoder.writeClosing(to: &pending)
        try await sink(pending)
    }

    /// Holds the body for ``stallLimit`` (or until unwanted), then drops the connection.
    private func stall(stillWanted: () -> Bool) async throws {
        let clock = ContinuousClock()
        try await Self.sleep(until: clock.now + stallLimit, clock: clock, stillWanted: stillWanted)
        throw MockError.disconnectFault
    }

    /// Sleeps in slices of at most 200 ms, checking `stillWanted` before each.
    static func sleep(
        until deadline: ContinuousClock.Instant, clock: ContinuousClock, stillWanted: () -> Bool
    )
        async throws
    {
        while true {
            guard stillWanted() else { throw CancellationError() }
            let now = clock.now
            if now >= deadline { return }
            try await Task.sleep(until: min(deadline, now + .milliseconds(200)), clock: clock)
        }
    }
}

import LLMGWCore

/// The hand-over point between the curl thread and the Swift tasks of one transfer.
///
/// The curl thread delivers the response head and body chunks; the task in `send` awaits the
/// head and the consumer of `HTTPResponse.body` pulls chunks. Every field is guarded by one
/// lock that is never held across a libcurl call or a continuation resume.
final class CurlBodyChannel: @unchecked Sendable {
    /// The transfer's id in its ``CurlMultiLoop``.
    let id: UInt64
    private let loop: CurlMultiLoop
    private let limit: Int
    private let lock = CurlLock()

    private var headWaiter: UnsafeContinuation<HTTPResponse, any Error>?
    private var headSettled = false
    private var chunks: [[UInt8]] = []
    private var chunkHead = 0
    private var bufferedBytes = 0
    private var bodyWaiter: UnsafeContinuation<[UInt8]?, any Error>?
    /// No more chunks will arrive (the transfer ended, failed or was abandoned).
    private var ended = false
    private var failure: TransportError?
    private var pausedForBackpressure = false
    private var abandoned = false

    init(id: UInt64, loop: CurlMultiLoop, limit: Int) {
        self.id = id
        self.loop = loop
        self.limit = max(limit, 1)
    }

    // MARK: Task side

    /// Waits for the response head; `start` hands the transfer to the curl thread.
    func awaitHead(start: () -> Void) async throws -> HTTPResponse {
        try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<HTTPResponse, any Error>) in
                let proceed = lock.withLock { () -> Bool in
                    if abandoned { return false }
                    headWaiter = continuation
                    return true
                }
                if proceed { start() } else { continuation.resume(throwing: TransportError.cancelled) }
            }
        } onCancel: {
            abandon()
        }
    }

    /// The next body chunk, `nil` at the end of the body.
    func nextChunk() async throws -> [UInt8]? {
        switch take(installing: nil) {
        case .chunk(let chunk): return chunk
        case .end: return nil
        case .failure(let error): throw error
        case .waiting: break
        }
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<[UInt8]?, any Error>) in
                switch take(installing: continuation) {
                case .chunk(let chunk): continuation.resume(returning: chunk)
                case .end: continuation.resume(returning: nil)
                case .failure(let error): continuation.resume(throwing: error)
                case .waiting: break
                }
            }
        } onCancel: {
            abandon()
        }
    }

    /// The consumer or the sender gave up: fail the waiters and tell the curl thread to drop the transfer.
    func abandon() {
        let (head, body, notify) = lock.withLock {
            () -> (UnsafeContinuation<HTTPResponse, any Error>?, UnsafeContinuation<[UInt8]?, any Error>?, Bool) in
            if abandoned { return (nil, nil, false) }
            abandoned = true
            let wasRunning = !ended
            if !ended {
                ended = true
                failure = .cancelled
            }
            chunks = []
            chunkHead = 0
            bufferedBytes = 0
            let head = headWaiter
            let body = bodyWaiter
            headWaiter = nil
            bodyWaiter = nil
            headSettled = true
            return (head, body, wasRunning)
        }
        head?.resume(throwing: TransportError.cancelled)
        body?.resume(throwing: TransportError.cancelled)
        if notify { loop.submit(.cancel(id)) }
    }

    private enum Take {
        case chunk([UInt8])
        case end
        case failure(TransportError)
        case waiting
    }

    private func take(installing continuation: UnsafeContinuation<[UInt8]?, any Error>?) -> Take {
        var resume = false
        let result = lock.withLock { () -> Take in
            if chunkHead < chunks.count {
                let chunk = chunks[chunkHead]
                chunkHead += 1
                if chunkHead == chunks.count {
                    chunks.removeAll(keepingCapacity: true)
                    chunkHead = 0
                } else if chunkHead >= 64, chunkHead * 2 >= chunks.count {
                    chunks.removeFirst(chunkHead)
                    chunkHead = 0
                }
                bufferedBytes -= chunk.count
                if pausedForBackpressure, bufferedBytes <= limit / 2 {
                    pausedForBackpressure = false
                    resume = true
                }
                return .chunk(chunk)
            }
            if ended {
                if let failure {
                    self.failure = nil
                    return .failure(failure)
                }
                return .end
            }
            if let continuation { bodyWaiter = continuation }
            return .waiting
        }
        if resume { loop.submit(.resume(id)) }
        return result
    }

    // MARK: Curl thread side

    /// Hands the response head to the task in `send`. Returns `false` when nobody waits for it any more.
    @discardableResult
    func deliverHead(_ response: HTTPResponse) -> Bool {
        let waiter = lock.withLock { () -> UnsafeContinuation<HTTPResponse, any Error>? in
            if headSettled { return nil }
            headSettled = true
            let waiter = headWaiter
            headWaiter = nil
            return waiter
        }
        guard let waiter else { return false }
        waiter.resume(returning: response)
        return true
    }

    /// Offers a body chunk to the consumer.
    func push(_ chunk: [UInt8]) -> CurlPushResult {
        var waiter: UnsafeContinuation<[UInt8]?, any Error>?
        let result = lock.withLock { () -> CurlPushResult in
            if abandoned { return .consumerGone }
            if let bodyWaiter {
                waiter = bodyWaiter
                self.bodyWaiter = nil
                return .accepted
            }
            if bufferedBytes >= limit {
                pausedForBackpressure = true
                return .pause
            }
            chunks.append(chunk)
            bufferedBytes += chunk.count
            return .accepted
        }
        waiter?.resume(returning: chunk)
        return result
    }

    /// Whether the consumer has given up on this transfer.
    var isAbandoned: Bool { lock.withLock { abandoned } }

    /// Ends the body: cleanly with `nil`, or with `error` for the head waiter or the body consumer.
    func finish(_ error: TransportError?) {
        let (head, body) = lock.withLock {
            () -> (UnsafeContinuation<HTTPResponse, any Error>?, UnsafeContinuation<[UInt8]?, any Error>?) in
            if ended { return (nil, nil) }
            ended = true
            let head = headSettled ? nil : headWaiter
            headSettled = true
            headWaiter = nil
            let body = bodyWaiter
            bodyWaiter = nil
            if body == nil { failure = error }
            return (head, body)
        }
        head?.resume(throwing: error ?? TransportError.connectionLost("the transfer ended without a response head"))
        if let body {
            if let error { body.resume(throwing: error) } else { body.resume(returning: nil) }
        }
    }
}

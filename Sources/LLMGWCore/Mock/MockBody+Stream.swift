extension MockBody {
    /// The body as chunks, produced by a task that stops when the consumer stops iterating.
    ///
    /// The disconnect and stall faults end it with ``TransportError/connectionLost(_:)``, as a real
    /// connection would; cancellation ends it with ``TransportError/cancelled``.
    /// - Parameters:
    ///   - idleLimit: the longest silence between chunks before it ends with ``TransportError/idleTimeout``.
    ///   - deadline: when it ends with ``TransportError/totalTimeout``.
    public func makeStream(
        idleLimit: Duration? = nil, deadline: ContinuousClock.Instant? = nil
    )
        -> AsyncThrowingStream<[UInt8], any Error>
    {
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        let body = self
        let task = Task {
            let clock = ContinuousClock()
            var lastChunk = clock.now
            var timeout: TransportError?
            do {
                try await body.write(
                    to: { chunk in
                        continuation.yield(chunk)
                        lastChunk = clock.now
                    },
                    stillWanted: {
                        let now = clock.now
                        if let deadline, now >= deadline {
                            timeout = .totalTimeout
                        } else if let idleLimit, now - lastChunk >= idleLimit {
                            timeout = .idleTimeout
                        }
                        return timeout == nil && !Task.isCancelled
                    })
                continuation.finish()
            } catch MockError.disconnectFault {
                continuation.finish(throwing: TransportError.connectionLost("the mock upstream closed the connection"))
            } catch is CancellationError {
                continuation.finish(throwing: timeout ?? TransportError.cancelled)
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// The whole body, for tests: what a client would read up to the end.
    /// - Throws: ``MockError/disconnectFault`` where the connection would drop.
    public func collect() async throws -> [UInt8] {
        var collected: [UInt8] = []
        try await write(to: { collected.append(contentsOf: $0) })
        return collected
    }
}

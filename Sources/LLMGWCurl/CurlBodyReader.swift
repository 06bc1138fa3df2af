/// The consumer's handle on a response body: pulls chunks and, when dropped, aborts the transfer.
///
/// It is owned only by the body stream's unfolding closure, so it goes away when every copy of
/// the stream and its iterators are gone; an unfinished transfer is then cancelled.
final class CurlBodyReader: Sendable {
    private let channel: CurlBodyChannel

    init(channel: CurlBodyChannel) { self.channel = channel }

    deinit { channel.abandon() }

    /// The next chunk, `nil` at the end.
    func next() async throws -> [UInt8]? { try await channel.nextChunk() }

    /// The body as an `AsyncThrowingStream` that pulls from `channel`.
    static func stream(for channel: CurlBodyChannel) -> AsyncThrowingStream<[UInt8], any Error> {
        let reader = CurlBodyReader(channel: channel)
        return AsyncThrowingStream(unfolding: { try await reader.next() })
    }
}

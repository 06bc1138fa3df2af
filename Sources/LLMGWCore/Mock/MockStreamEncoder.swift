/// Writes one provider's stream for a ``MockCompletion``, event by event, into byte buffers.
///
/// A stream is: the opening events, then one step per token (which may write several events or
/// none), then the closing events that carry the finish reason, usage and terminal marker.
protocol MockStreamEncoder: Sendable {
    /// How many token steps the stream has.
    var tokenCount: Int { get }
    /// Appends the events that come before the first token.
    func writeOpening(to output: inout [UInt8])
    /// Appends the events of token step `index`.
    func writeToken(_ index: Int, to output: inout [UInt8])
    /// Appends the finish, usage and terminal events.
    func writeClosing(to output: inout [UInt8])
    /// Appends a garbage event for the ``MockFault/malformed`` fault.
    func writeMalformed(to output: inout [UInt8])
}

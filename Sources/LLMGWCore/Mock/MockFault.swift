/// A way the mock upstream can break a response on purpose, to test how clients cope.
public enum MockFault: String, Sendable, Hashable, CaseIterable {
    /// Closes the connection abruptly in the middle of the body.
    case disconnect
    /// Ends the body cleanly, but without the stream's terminal marker (`[DONE]`, `message_stop`,
    /// the finish reason) or, for a JSON body, half way through it.
    case truncate
    /// Stops sending in the middle of the body and holds the connection open (up to
    /// ``MockBehavior/stallLimit``, or until the client goes), then closes it.
    case stall
    /// Sends a garbage `data:` line in the stream (or a garbage JSON body).
    case malformed
}

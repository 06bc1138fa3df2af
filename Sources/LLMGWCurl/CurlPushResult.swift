/// What the curl thread does after offering a body chunk to a ``CurlBodyChannel``.
enum CurlPushResult {
    /// The chunk was handed to the consumer or buffered.
    case accepted
    /// Too much is buffered: the transfer must pause and offer the chunk again when resumed.
    case pause
    /// Nobody will read the body any more: abort the transfer.
    case consumerGone
}

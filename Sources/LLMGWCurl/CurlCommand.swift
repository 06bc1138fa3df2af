/// A request from another thread to the curl thread, queued under the loop's lock.
enum CurlCommand {
    /// Start a prepared transfer.
    case add(CurlTransfer)
    /// Drop the transfer with this id: remove its handle and close its connection.
    case cancel(UInt64)
    /// Resume the transfer with this id after back-pressure paused it.
    case resume(UInt64)
}

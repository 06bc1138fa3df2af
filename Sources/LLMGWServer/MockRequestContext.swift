import Hummingbird
import NIOCore

/// The request context of the mock server: Hummingbird's core context plus the connection, so a
/// stream can stop when its client has gone.
struct MockRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client connection.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A tiny blocking TCP server on 127.0.0.1 for faults Hummingbird cannot produce (abrupt closes,
/// silent peers, a proxy). Each connection is handled on its own thread; every socket call has a
/// receive timeout, so no thread outlives a test by more than a few seconds.
final class RawSocketServer: @unchecked Sendable {
    /// The bound port.
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var closedConnections = 0
    private var requestHeads: [String] = []
    private var listenerClosed = false

    /// Starts listening and accepts up to `connections` connections, each passed to `handler`.
    init(connections: Int = 4, handler: @escaping @Sendable (RawConnection) -> Void) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawSocketError.failed("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw RawSocketError.failed("bind/listen")
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        RawConnection.setReceiveTimeout(fd, seconds: 15)
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in
            for _ in 0..<connections {
                let client = accept(fd, nil, nil)
                if client < 0 { break }
                RawConnection.setReceiveTimeout(client, seconds: 30)
                let connection = RawConnection(fd: client, server: self)
                Thread {
                    handler(connection)
                    connection.close()
                }.start()
            }
            // Closed under the lock so that `stop()` never touches a reused descriptor number.
            lock.withLock {
                listenerClosed = true
                Glibc.close(fd)
            }
        }
        thread.start()
    }

    /// Stops accepting new connections.
    func stop() {
        lock.withLock {
            if !listenerClosed { _ = shutdown(listener, Int32(SHUT_RDWR)) }
        }
    }

    /// How many connections the client closed while a handler waited for it.
    var peerCloses: Int { lock.withLock { closedConnections } }

    /// The request heads the handlers read, in order.
    var heads: [String] { lock.withLock { requestHeads } }

    fileprivate func recordClose() { lock.withLock { closedConnections += 1 } }
    fileprivate func recordHead(_ head: String) { lock.withLock { requestHeads.append(head) } }

    /// A client connection seen by a handler.
    final class RawConnection: @unchecked Sendable {
        let fd: Int32
        private unowned let server: RawSocketServer
        private var closed = false

        fileprivate init(fd: Int32, server: RawSocketServer) {
            self.fd = fd
            self.server = server
        }

        static func setReceiveTimeout(_ fd: Int32, seconds: Int) {
            var timeout = timeval(tv_sec: seconds, tv_usec: 0)
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        /// Reads up to the end of the request head and returns it.
        @discardableResult
        func readHead() -> String {
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while data.count < 65536 {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
                if let text = String(bytes: data, encoding: .utf8), text.contains("\r\n\r\n") { break }
            }
            let head = String(decoding: data, as: UTF8.self)
            server.recordHead(head)
            return head
        }

        /// Writes `text` fully.
        func write(_ text: String) {
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent <= 0 { return }
                offset += sent
            }
        }

        /// Waits until the client closes the connection (or the receive timeout passes).
        @discardableResult
        func waitForPeerClose() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 1024)
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    server.recordClose()
                    return true
                }
                if count < 0 && errno != EINTR { return false }
            }
        }

        /// Closes the connection at once.
        func close() {
            if closed { return }
            closed = true
            Glibc.close(fd)
        }
    }
}

/// A raw test server could not be set up.
enum RawSocketError: Error {
    /// A socket call failed.
    case failed(String)
}

extension RawSocketServer {
    /// A loopback port that nothing listens on (bound once, then closed).
    static func unusedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawSocketError.failed("socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw RawSocketError.failed("bind") }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

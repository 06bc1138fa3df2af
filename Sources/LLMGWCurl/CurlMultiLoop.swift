import CCurl
import LLMGWCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One `curl_multi` handle and the one dedicated thread that drives it.
///
/// Other threads talk to it only through ``submit(_:)``: a locked queue plus
/// `curl_multi_wakeup`. Everything else, including every libcurl callback, runs on the loop's
/// own thread, never on the Swift cooperative pool.
final class CurlMultiLoop: @unchecked Sendable {
    private static let globalInit: CURLcode = llmgw_global_init_all()

    private let multi: UnsafeMutableRawPointer
    private let lock = CurlLock()
    // Guarded by `lock`.
    private var pending: [CurlCommand] = []
    private var threadStarted = false
    private var shutdownRequested = false
    private var lastID: UInt64 = 0
    // Loop-thread only.
    private var active: [UInt64: CurlTransfer] = [:]
    private var nextTimerCheck: UInt64 = .max

    init(configuration: CurlTransport.Configuration) {
        precondition(Self.globalInit == CURLE_OK, "curl_global_init failed; libcurl cannot be used")
        guard let multi = curl_multi_init() else { fatalError("curl_multi_init failed: out of memory") }
        self.multi = multi
        _ = llmgw_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        _ = llmgw_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(0, configuration.maxConnectionsPerHost))
        _ = llmgw_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(0, configuration.maxTotalConnections))
    }

    deinit {
        // The thread holds a strong reference while it runs, so this runs after it has exited.
        curl_multi_cleanup(multi)
    }

    /// A fresh transfer id.
    func makeID() -> UInt64 {
        lock.withLock {
            lastID &+= 1
            return lastID
        }
    }

    /// Queues `command` for the loop thread and wakes it; starts the thread on first use.
    func submit(_ command: CurlCommand) {
        let start = lock.withLock { () -> Bool in
            pending.append(command)
            if threadStarted { return false }
            threadStarted = true
            return true
        }
        if start { startThread() } else { _ = curl_multi_wakeup(multi) }
    }

    /// Lets the thread end once its transfers are done; called when the transport goes away.
    func requestShutdown() {
        let running = lock.withLock { () -> Bool in
            shutdownRequested = true
            return threadStarted
        }
        if running { _ = curl_multi_wakeup(multi) }
    }

    private func startThread() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                let loop = Unmanaged<CurlMultiLoop>.fromOpaque(context!).takeRetainedValue()
                loop.run()
                return nil
            }, context)
        precondition(result == 0, "could not start the libcurl thread (pthread_create error \(result))")
        pthread_detach(thread)
    }

    // MARK: Loop thread

    private func run() {
        var commands: [CurlCommand] = []
        var running: Int32 = 0
        while true {
            let exit = lock.withLock { () -> Bool in
                swap(&commands, &pending)
                return shutdownRequested && commands.isEmpty && active.isEmpty
            }
            if exit { return }
            for command in commands { apply(command) }
            commands.removeAll(keepingCapacity: true)
            _ = curl_multi_perform(multi, &running)
            collectFinished()
            var now = CurlClock.now()
            if now >= nextTimerCheck {
                checkTimers(now: now)
                now = CurlClock.now()
            }
            var wait: UInt64 = 1000
            if nextTimerCheck != .max {
                wait = nextTimerCheck > now ? min(wait, (nextTimerCheck - now + 999_999) / 1_000_000) : 0
            }
            _ = curl_multi_poll(multi, nil, 0, Int32(wait), nil)
        }
    }

    private func apply(_ command: CurlCommand) {
        switch command {
        case .add(let transfer):
            if transfer.channel.isAbandoned {
                transfer.cleanup()
                return
            }
            let now = CurlClock.now()
            transfer.startedAt = now
            transfer.lastActivity = now
            let code = curl_multi_add_handle(multi, transfer.easy)
            guard code == CURLM_OK else {
                transfer.cleanup()
                let text = String(cString: curl_multi_strerror(code))
                transfer.channel.finish(.other("libcurl refused the transfer: \(text)"))
                return
            }
            active[transfer.id] = transfer
            if let deadline = transfer.deadline { nextTimerCheck = min(nextTimerCheck, deadline) }
        case .cancel(let id):
            guard let transfer = active[id] else { return }
            end(transfer, with: .cancelled)
        case .resume(let id):
            guard let transfer = active[id], transfer.paused else { return }
            transfer.paused = false
            transfer.lastActivity = CurlClock.now()
            if let deadline = transfer.deadline { nextTimerCheck = min(nextTimerCheck, deadline) }
            // May call the write callback at once with the data it held back.
            _ = curl_easy_pause(transfer.easy, llmgw_pause_continue())
        }
    }

    /// Removes a transfer before libcurl finished it; removal closes an HTTP/1 connection and
    /// resets an HTTP/2 stream.
    private func end(_ transfer: CurlTransfer, with error: TransportError) {
        active[transfer.id] = nil
        _ = curl_multi_remove_handle(multi, transfer.easy)
        transfer.channel.finish(error)
        transfer.cleanup()
    }

    private func collectFinished() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            var pointer: UnsafeMutableRawPointer?
            _ = llmgw_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &pointer)
            guard let pointer else { continue }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(pointer).takeUnretainedValue()
            active[transfer.id] = nil
            _ = curl_multi_remove_handle(multi, easy)
            if code == CURLE_OK {
                transfer.deliverHead()
                transfer.channel.finish(nil)
            } else {
                transfer.channel.finish(.curl(code, transfer: transfer))
            }
            transfer.cleanup()
        }
    }

    /// Fails transfers whose first-byte or idle limit passed, and finds the next limit to watch.
    private func checkTimers(now: UInt64) {
        var next: UInt64 = .max
        var expired: [CurlTransfer] = []
        for transfer in active.values {
            guard let deadline = transfer.deadline else { continue }
            if deadline <= now { expired.append(transfer) } else { next = min(next, deadline) }
        }
        nextTimerCheck = next
        for transfer in expired {
            end(transfer, with: transfer.sawBody ? .idleTimeout : .firstByteTimeout)
        }
    }

    /// Called from a write callback when a transfer's first body byte switches it to the idle limit.
    func noteDeadline(_ deadline: UInt64) {
        if deadline < nextTimerCheck { nextTimerCheck = deadline }
    }
}

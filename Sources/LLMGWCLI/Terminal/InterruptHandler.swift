import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT and SIGTERM into task cancellation, so Ctrl-C stops a stream cleanly and keeps what
/// arrived. A second signal while the first is being handled, or a signal while nothing runs,
/// exits at once with code 130.
final class InterruptHandler: Sendable {
    static let shared = InterruptHandler()

    private struct State {
        var cancel: (@Sendable () -> Void)?
        var signals = 0
        var idleHandler: (@Sendable () -> Void)?
        var sources: [any DispatchSourceSignal] = []
    }

    private let state = Mutex(State())

    private init() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Starts listening for SIGINT and SIGTERM (idempotent).
    func install() {
        state.withLock { state in
            guard state.sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [weak self] in self?.received() }
                source.resume()
                state.sources.append(source)
            }
        }
    }

    /// Sets what a signal does while no operation runs (the REPL waiting for input); `nil` exits.
    func setIdleHandler(_ handler: (@Sendable () -> Void)?) {
        state.withLock { $0.idleHandler = handler }
    }

    private func received() {
        let (cancel, count, idle) = state.withLock { state in
            state.signals += 1
            return (state.cancel, state.signals, state.idleHandler)
        }
        if let cancel, count == 1 {
            cancel()
        } else if cancel == nil, let idle {
            state.withLock { $0.signals = 0 }
            idle()
        } else {
            Terminal.standardError.write("\n")
            _exit(FailureExit.interrupted)
        }
    }

    /// Runs `operation` so that a signal cancels it.
    /// - Returns: what the operation returned, and whether a signal arrived while it ran.
    func run<T: Sendable>(_ operation: @escaping @Sendable () async -> T) async -> (value: T, interrupted: Bool) {
        install()
        let task = Task { await operation() }
        state.withLock { state in
            state.cancel = { task.cancel() }
            state.signals = 0
        }
        let value = await task.value
        let interrupted = state.withLock { state in
            state.cancel = nil
            let interrupted = state.signals > 0
            state.signals = 0
            return interrupted
        }
        return (value, interrupted)
    }
}

/// Exit codes the CLI uses outside of error reporting.
enum FailureExit {
    static let interrupted: Int32 = 130
}

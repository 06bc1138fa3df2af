import Foundation

/// A one-way signal between a test and a server handler, with bounded waits.
final class TestGate: @unchecked Sendable {
    private let lock = NSLock()
    private var opened = false

    /// Opens the gate; waiters return `true`.
    func open() { lock.withLock { opened = true } }

    /// Whether the gate is open.
    var isOpen: Bool { lock.withLock { opened } }

    /// Waits until the gate opens or `timeout` passes; returns whether it opened.
    func wait(timeout: Duration = .seconds(10)) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + timeout
        while clock.now < end {
            if isOpen { return true }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return isOpen
    }
}

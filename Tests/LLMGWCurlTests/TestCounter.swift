import Foundation

/// A locked integer that server handlers bump and tests read.
final class TestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0

    /// Adds `amount`.
    func add(_ amount: Int) { lock.withLock { current += amount } }

    /// The current value.
    var value: Int { lock.withLock { current } }
}

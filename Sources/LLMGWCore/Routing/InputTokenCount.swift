import Foundation

/// A request's prompt token count, made on first use and then kept: counting loads a tokenizer
/// vocabulary, which a call that no rule, policy or context window needs should not pay for.
///
/// Shared by reference between copies of a ``RequestProfile``, and safe to read from several
/// threads (the first reader counts, under a lock).
final class InputTokenCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int?
    private var count: (@Sendable () -> Int)?

    init(_ count: @escaping @Sendable () -> Int) {
        self.count = count
    }

    /// The count, made now if it has not been yet.
    var tokens: Int {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let counted = count?() ?? 0
        value = counted
        count = nil
        return counted
    }

    /// Whether the count has been made already.
    var isCounted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value != nil
    }
}

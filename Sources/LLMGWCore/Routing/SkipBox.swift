/// A ``SkipReason`` kept behind one reference, so that copying a ``RouteCandidate`` costs a
/// reference count instead of copying an enum with string and decimal payloads. The common
/// reasons (`duplicate`, a rule that did not match) are made once and shared.
final class SkipBox: Sendable {
    /// The reason.
    let reason: SkipReason

    init(_ reason: SkipReason) {
        self.reason = reason
    }

    /// The shared `duplicate` reason.
    static let duplicate = SkipBox(.duplicate)
}

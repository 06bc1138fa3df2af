/// The parts of a candidate that do not change from one decision to the next: the target, the
/// routes passed through, why it is listed, its weight and its facts.
///
/// Built once per route when the router is made, and shared by every plan that lists it, so a
/// candidate costs one reference count instead of several string and array copies.
final class CandidateSlot: Sendable {
    /// `provider/model` (or the name of what could not be expanded).
    let reference: String
    /// The routes passed through to reach it, outermost first.
    let via: [String]
    /// Why it is a candidate.
    let source: CandidateOrigin
    /// The configured weight, for `weighted` routes.
    let weight: Double?
    /// Shared facts: endpoint, capabilities, price.
    let info: TargetInfo
    /// The provider part of the reference, computed once.
    let provider: String

    init(reference: String, via: [String], source: CandidateOrigin, weight: Double?, info: TargetInfo) {
        self.reference = reference
        self.via = via
        self.source = source
        self.weight = weight
        self.info = info
        provider = reference.firstIndex(of: "/").map { String(reference[..<$0]) } ?? reference
    }

    /// The same slot reached through other routes (a route nested in another).
    func moved(to via: [String]) -> CandidateSlot {
        CandidateSlot(reference: reference, via: via, source: source, weight: weight, info: info)
    }

    /// The same slot from another origin (a route expanded as a `--fallback`).
    func with(source: CandidateOrigin) -> CandidateSlot {
        CandidateSlot(reference: reference, via: via, source: source, weight: weight, info: info)
    }
}

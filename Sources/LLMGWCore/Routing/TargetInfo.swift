import Foundation

/// What the router knows about one `provider/model`, computed once and shared by reference, so
/// a candidate is cheap to copy.
final class TargetInfo: Sendable {
    let endpoint: ResolvedEndpoint?
    /// Whether there is an endpoint (checked without copying it).
    let callable: Bool
    /// Why it cannot be called (no key, unknown provider), when it cannot.
    let problem: String?
    let capabilities: ModelCapabilities
    let price: ModelPrice?
    let inputPrice: Double?
    let outputPrice: Double?
    /// Whether this is the router's one shared object for a config model (compared by identity).
    let shared: Bool
    /// The shared object's index among the router's config models (duplicates are found by it,
    /// without hashing); -1 when not shared.
    let id: Int

    init(
        endpoint: ResolvedEndpoint? = nil, problem: String? = nil,
        capabilities: ModelCapabilities = ModelCapabilities(),
        price: ModelPrice? = nil, id: Int = -1
    ) {
        self.shared = id >= 0
        self.id = id
        self.endpoint = endpoint
        callable = endpoint != nil
        self.problem = problem
        self.capabilities = capabilities
        self.price = price
        inputPrice = price.map { Double(truncating: $0.input as NSDecimalNumber) }
        outputPrice = price.map { Double(truncating: $0.output as NSDecimalNumber) }
    }

    /// The same facts with another endpoint (a plain model resolved with `--api-key-env`).
    func with(endpoint: ResolvedEndpoint) -> TargetInfo {
        TargetInfo(endpoint: endpoint, problem: nil, capabilities: capabilities, price: price)
    }

    /// The same facts marked as the router's shared object number `id`.
    func asShared(id: Int) -> TargetInfo {
        TargetInfo(endpoint: endpoint, problem: problem, capabilities: capabilities, price: price, id: id)
    }

    /// Nothing known: a name that is not a model.
    static func unavailable(_ problem: String) -> TargetInfo { TargetInfo(problem: problem) }
}

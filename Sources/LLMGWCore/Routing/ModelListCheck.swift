/// The first step of a target probe: does the provider's model list have the model?
public struct ModelListCheck: Sendable, Hashable {
    /// `true` or `false` when the list was read; `nil` when the provider lists no models or the
    /// list could not be read.
    public var listed: Bool?
    /// Whether the check failed the target (not listed, or the list was refused).
    public var failed: Bool
    /// The error class when it failed.
    public var errorClass: String?
    /// The outcome in words.
    public var message: String

    /// Creates a check outcome.
    public init(listed: Bool?, failed: Bool = false, errorClass: String? = nil, message: String) {
        self.listed = listed
        self.failed = failed
        self.errorClass = errorClass
        self.message = message
    }

    /// Whether `ids` (a provider's list) names `model`: exactly, without Gemini's `models/`
    /// prefix, or as a local server's `:latest` tag (Ollama lists `qwen2.5:latest`).
    public static func contains(_ ids: [String], model: String) -> Bool {
        let name = model.hasPrefix("models/") ? String(model.dropFirst("models/".count)) : model
        return ids.contains { $0 == name || $0 == model || $0 == name + ":latest" }
    }

    /// The outcome of a list read for `model` of `provider`.
    /// - Parameters:
    ///   - result: the ids, or the error reading them.
    ///   - model: the model's id at the provider.
    ///   - provider: the provider's name, for messages.
    public static func outcome(
        _ result: Result<[String], ProviderError>, model: String, provider: String
    ) -> ModelListCheck {
        switch result {
        case .success(let ids) where ids.isEmpty:
            return ModelListCheck(listed: nil, message: "\(provider) listed no models; not checked")
        case .success(let ids) where contains(ids, model: model):
            return ModelListCheck(listed: true, message: "listed (\(ids.count) models)")
        case .success(let ids):
            let sample = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            return ModelListCheck(
                listed: false, failed: true, errorClass: "not_found",
                message: "'\(model)' is not among the \(ids.count) models \(provider) lists (\(sample)); "
                    + "check the model name, or --allow-fail it")
        case .failure(.notFound):
            return ModelListCheck(listed: nil, message: "\(provider) has no model list (404); not checked")
        case .failure(let error):
            return ModelListCheck(
                listed: nil, failed: true, errorClass: error.errorClass, message: "model list failed: \(error.message)")
        }
    }
}

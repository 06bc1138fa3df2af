import Foundation

/// Failures of the price catalog, cost estimates and spend reports.
public enum CostError: Error, Sendable, Hashable, LocalizedError, ClassifiedError {
    /// A catalog file could not be read.
    case unreadableCatalog(path: String, reason: String)
    /// A catalog file is not in a format llmgw can import.
    case unrecognizedCatalog(path: String, reason: String)
    /// The user catalog could not be written.
    case unwritableCatalog(path: String, reason: String)
    /// A catalog entry is malformed.
    case invalidEntry(path: String, id: String, reason: String)

    /// A message that says what failed and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadableCatalog(let path, let reason):
            "cannot read the price catalog \(path): \(reason); fix or remove the file, or import a new one with "
                + "`llmgw cost models import FILE`"
        case .unrecognizedCatalog(let path, let reason):
            "\(path) is not a catalog llmgw can import (\(reason)); give LiteLLM's "
                + "model_prices_and_context_window.json, OpenRouter's /api/v1/models JSON or an llmgw.catalog/1 file"
        case .unwritableCatalog(let path, let reason):
            "cannot write the price catalog \(path): \(reason); check the folder's permissions or set XDG_DATA_HOME"
        case .invalidEntry(let path, let id, let reason):
            "\(path): entry \(id): \(reason); fix the entry, or re-import the catalog"
        }
    }

    /// Which exit code the error leads to.
    public var failureClass: FailureClass {
        switch self {
        case .unrecognizedCatalog: .usage
        case .unreadableCatalog, .unwritableCatalog, .invalidEntry: .io
        }
    }
}

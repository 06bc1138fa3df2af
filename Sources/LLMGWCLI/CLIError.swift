import Foundation
import LLMGWCore

/// Failures of the command line itself: bad input, unavailable commands.
enum CLIError: Error, LocalizedError, ClassifiedError {
    /// Standard input could not be read.
    case unreadableInput(String)
    /// A command or option value that cannot be used.
    case usage(String)
    /// A file named on the command line could not be read.
    case unreadableFile(path: String, reason: String)
    /// A subcommand that this build does not have yet.
    case notYetAvailable(command: String)

    var errorDescription: String? {
        switch self {
        case .unreadableInput(let detail): detail
        case .usage(let detail): detail
        case .unreadableFile(let path, let reason): "cannot read \(path): \(reason)"
        case .notYetAvailable(let command):
            "`llmgw \(command)` is not available in this build yet; see `llmgw --help` for the commands that are."
        }
    }

    var failureClass: FailureClass {
        switch self {
        case .unreadableInput: .io
        case .usage, .notYetAvailable, .unreadableFile: .usage
        }
    }
}

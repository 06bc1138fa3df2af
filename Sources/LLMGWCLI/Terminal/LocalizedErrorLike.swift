import Foundation

/// `LocalizedError` under a name the CLI can cast to without importing Foundation everywhere.
typealias LocalizedErrorLike = LocalizedError

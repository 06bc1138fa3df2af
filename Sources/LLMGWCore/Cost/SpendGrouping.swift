/// How `llmgw cost report` groups the request log.
public enum SpendGrouping: String, Sendable, Hashable, CaseIterable {
    /// By `provider/model`.
    case model
    /// By provider.
    case provider
    /// By route name (calls made without a route form one group).
    case route
    /// By the stored or virtual key a call used (calls with none form one group).
    case key
    /// By UTC day.
    case day

    /// The SQL expression of the group's label.
    var expression: String {
        switch self {
        case .model: "provider || '/' || model"
        case .provider: "provider"
        case .route: "COALESCE(route, '')"
        case .key: "COALESCE(key_name, '')"
        case .day: "substr(started_at, 1, 10)"
        }
    }
}

/// Conversation turns for providers that require alternating roles (Anthropic, Gemini):
/// consecutive pieces of the same role are merged into one turn.
struct MergedTurns {
    /// The turns in order, each a role and its content blocks (or parts).
    private(set) var turns: [(role: String, items: [JSONValue])] = []

    /// Adds `items` to the last turn when it has the same role, else starts a new turn; nothing
    /// happens for no items.
    mutating func append(_ role: String, _ items: [JSONValue]) {
        guard !items.isEmpty else { return }
        if let last = turns.last, last.role == role {
            turns[turns.count - 1].items += items
        } else {
            turns.append((role: role, items: items))
        }
    }
}

/// The counts of one input in a ``TokenCountReport``.
public struct TokenCountRow: Sendable, Hashable {
    /// The input's name: a path, or `-` for standard input.
    public let name: String
    /// The input's size in bytes.
    public let bytes: Int
    /// Whether bytes that are not UTF-8 were replaced by U+FFFD before counting.
    public let replacedInvalidBytes: Bool
    /// One count per column of the report, in column order.
    public let counts: [Int]

    /// A row of counts.
    public init(name: String, bytes: Int, replacedInvalidBytes: Bool, counts: [Int]) {
        self.name = name
        self.bytes = bytes
        self.replacedInvalidBytes = replacedInvalidBytes
        self.counts = counts
    }
}

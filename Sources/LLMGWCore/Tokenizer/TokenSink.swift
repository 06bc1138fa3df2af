/// Where an encoder puts the ranks it produces: collected, or only counted.
protocol TokenSink {
    /// Takes the next token's rank.
    mutating func append(_ rank: UInt32)
}

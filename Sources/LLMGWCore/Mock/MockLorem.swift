/// The `lorem` model's deterministic text: token `i` is always the same piece.
enum MockLorem {
    private static let words: [String] = [
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do",
        "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "enim",
        "ad", "minim", "veniam", "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip",
        "ex", "ea", "commodo", "consequat", "duis", "aute", "irure", "in", "reprehenderit", "voluptate",
        "velit", "esse", "cillum", "fugiat", "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat",
    ]
    private static let spacedWords: [String] = words.map { " " + $0 }

    /// Every this many tokens, one is a full stop.
    private static let sentenceLength = 12

    /// The piece for token `index`: a word with its leading space (none on the first), or `.`.
    static func piece(_ index: Int) -> String {
        if index % sentenceLength == sentenceLength - 1 { return "." }
        let word = (index &* 7 &+ index / words.count) % words.count
        return index == 0 ? words[word] : spacedWords[word]
    }

    /// The first `count` pieces.
    static func pieces(_ count: Int) -> [String] {
        (0..<max(0, count)).map(piece)
    }
}

import LLMGWTokenizerData

/// An exact, tiktoken-compatible byte-pair encoding (`o200k_base` or `cl100k_base`), with its
/// vocabulary built into the binary.
///
/// Text is encoded as tiktoken's `encode_ordinary` does: special-token text such as
/// `<|endoftext|>` is ordinary text. The vocabulary is unpacked on first use (a few milliseconds).
public struct TokenEncoding: Sendable {
    /// The encoding's name.
    public let name: TokenEncodingName
    /// The vocabulary.
    let vocabulary: BPEVocabulary
    /// The pre-tokenisation regex.
    let pattern: PreTokenizerPattern

    /// o200k_base (GPT-4o and later).
    public static var o200kBase: TokenEncoding { TokenEncoding(.o200kBase) }
    /// cl100k_base (GPT-4, GPT-3.5 Turbo).
    public static var cl100kBase: TokenEncoding { TokenEncoding(.cl100kBase) }

    /// The encoding with this name.
    public init(_ name: TokenEncodingName) {
        self.name = name
        switch name {
        case .o200kBase:
            vocabulary = o200kVocabulary
            pattern = .o200k
        case .cl100kBase:
            vocabulary = cl100kVocabulary
            pattern = .cl100k
        }
    }

    /// The number of ordinary tokens (ranks `0..<vocabularySize`).
    public var vocabularySize: Int { vocabulary.count }

    /// The token ids of `text`.
    /// - Parameter text: any text; special-token text is encoded as ordinary text.
    /// - Returns: the ids, as tiktoken's `encode_ordinary` gives them.
    public func encode(_ text: String) -> [Int] {
        var collector = TokenIDCollector()
        run(text, into: &collector)
        return collector.ids
    }

    /// The number of tokens in `text`; the same as `encode(text).count`, without the array.
    public func count(_ text: String) -> Int {
        var tally = TokenTally()
        run(text, into: &tally)
        return tally.count
    }

    /// The bytes of a sequence of token ids (which may end inside a UTF-8 sequence).
    /// - Parameter tokens: ids in `0..<vocabularySize`; others are skipped.
    /// - Returns: the concatenated token bytes.
    public func decode(_ tokens: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        for token in tokens where token >= 0 && token < vocabulary.count {
            bytes.append(contentsOf: vocabulary.tokenBytes(token))
        }
        return bytes
    }

    /// Pre-tokenises `text` and merges each piece into `sink`.
    func run<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
            let scanner = PieceScanner(text: utf8, pattern: pattern)
            var merger = BytePairMerger(vocabulary: vocabulary)
            var start = 0
            while start < utf8.count {
                let end = scanner.pieceEnd(from: start)
                merger.encode(base + start, end - start, into: &sink)
                start = end
            }
        }
    }
}

/// o200k_base's vocabulary, unpacked on first use.
private let o200kVocabulary = BPEVocabulary(
    packed: O200kBaseVocabulary.packed, count: O200kBaseVocabulary.tokenCount)

/// cl100k_base's vocabulary, unpacked on first use.
private let cl100kVocabulary = BPEVocabulary(
    packed: Cl100kBaseVocabulary.packed, count: Cl100kBaseVocabulary.tokenCount)

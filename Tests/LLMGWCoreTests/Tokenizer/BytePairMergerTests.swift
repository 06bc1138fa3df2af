import Testing

@testable import LLMGWCore

/// The heap merge gives exactly tiktoken's linear merge, on long pieces of many kinds.
@Suite struct BytePairMergerTests {
    static let longPieces: [String] = [
        String(repeating: " ", count: 300), String(repeating: "ab", count: 100) + "c",
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk",
        "吾輩は猫である名前はまだ無いどこで生れたかとんと見当がつかぬ何でも薄暗いじめじめした所で",
        String(repeating: "=-", count: 70), String(repeating: "é", count: 90), String(repeating: "😀", count: 40),
        "Pneumonoultramicroscopicsilicovolcanoconiosis" + "Supercalifragilisticexpialidocious",
    ]

    @Test(arguments: TokenEncodingName.allCases)
    func heapAndLinearMergesAgree(encodingName: TokenEncodingName) {
        let vocabulary = TokenEncoding(encodingName).vocabulary
        var merger = BytePairMerger(vocabulary: vocabulary)
        for piece in Self.longPieces {
            let bytes = Array(piece.utf8)
            var linear = TokenIDCollector()
            var heap = TokenIDCollector()
            bytes.withUnsafeBufferPointer { buffer in
                merger.mergeLinear(buffer.baseAddress!, buffer.count, into: &linear)
                merger.mergeWithHeap(buffer.baseAddress!, buffer.count, into: &heap)
            }
            #expect(linear.ids == heap.ids, "\(piece.prefix(20))…")
            #expect(TokenEncoding(encodingName).decode(heap.ids) == bytes)
        }
    }

    @Test func aLongPieceMatchesTiktoken() {
        // tiktoken 0.14.0: len(get_encoding("o200k_base").encode_ordinary("a" * 1000 + " " + "é" * 300)) == 425
        let text = String(repeating: "a", count: 1000) + " " + String(repeating: "é", count: 300)
        #expect(TokenEncoding.o200kBase.count(text) == 425)
    }
}

import LLMGWCore
import Testing

@Suite struct MockTokenizerTests {
    @Test func countsWordsAndPunctuationRuns() {
        #expect(MockTokenizer.count("Hello, world!") == 4)
        #expect(MockTokenizer.count("  ") == 0)
        #expect(MockTokenizer.count("a...b") == 3)
        #expect(MockTokenizer.count("héllo wörld") == 2)
    }

    @Test func piecesJoinBackAndMatchTheCount() {
        for text in ["Hello, world!", "  leading and trailing  ", "one", "a\n\nb?!", "héllo, wörld"] {
            let pieces = MockTokenizer.pieces(text)
            #expect(pieces.joined() == text)
            #expect(pieces.count == MockTokenizer.count(text))
        }
        #expect(MockTokenizer.pieces("Hi there") == ["Hi", " there"])
        #expect(MockTokenizer.pieces(" \n") == [])
    }
}

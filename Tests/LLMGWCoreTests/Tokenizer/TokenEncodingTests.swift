import Testing

@testable import LLMGWCore

/// Token ids equal tiktoken's on the fixture corpus, byte for byte.
@Suite struct TokenEncodingTests {
    @Test(arguments: TokenEncodingName.allCases)
    func idsEqualTiktokensOnTheCorpus(encodingName: TokenEncodingName) throws {
        let encoding = TokenEncoding(encodingName)
        for fixture in try TokenizerFixtures.all() {
            let text = LossyUTF8Text(fixture.bytes).text
            let expected = try #require(fixture.ids[encodingName.rawValue])
            let ids = encoding.encode(text)
            if ids != expected {
                let first =
                    (0..<min(ids.count, expected.count)).first { ids[$0] != expected[$0] }
                    ?? min(ids.count, expected.count)
                let got = ids[first..<min(first + 5, ids.count)]
                let want = expected[first..<min(first + 5, expected.count)]
                Issue.record("\(fixture.name) (\(encodingName.rawValue)): at token \(first): \(got), tiktoken \(want)")
            }
            #expect(encoding.count(text) == expected.count, "\(fixture.name)")
        }
    }

    @Test(arguments: TokenEncodingName.allCases)
    func decodingTheIdsGivesBackTheText(encodingName: TokenEncodingName) throws {
        let encoding = TokenEncoding(encodingName)
        for fixture in try TokenizerFixtures.all() {
            let text = LossyUTF8Text(fixture.bytes).text
            #expect(encoding.decode(encoding.encode(text)) == Array(text.utf8), "\(fixture.name)")
        }
    }

    @Test func knownIds() {
        #expect(TokenEncoding.o200kBase.encode("hello world") == [24912, 2375])
        #expect(TokenEncoding.cl100kBase.encode("hello world") == [15339, 1917])
        #expect(TokenEncoding.o200kBase.encode("") == [])
    }

    @Test func specialTokenTextIsOrdinaryText() {
        // As tiktoken's encode_ordinary: `<|endoftext|>` is not token 199999 / 100257.
        #expect(TokenEncoding.o200kBase.encode("<|endoftext|>") == [27, 91, 419, 1440, 919, 91, 29])
        #expect(TokenEncoding.cl100kBase.encode("<|endoftext|>") == [27, 91, 8862, 728, 428, 91, 29])
    }

    @Test func vocabulariesHaveTiktokensSizes() {
        #expect(TokenEncoding.o200kBase.vocabularySize == 199_998)
        #expect(TokenEncoding.cl100kBase.vocabularySize == 100_256)
    }
}

import Testing

@testable import LLMGWCore

/// The classes match the Unicode categories the regexes name.
@Suite struct ScalarClassTests {
    @Test func lettersByCase() {
        #expect(ScalarClass.of(0x41) == [.letter, .upperSet])  // A: Lu
        #expect(ScalarClass.of(0x61) == [.letter, .lowerSet])  // a: Ll
        #expect(ScalarClass.of(0x01C5) == [.letter, .upperSet])  // ǅ: Lt
        #expect(ScalarClass.of(0x02B0) == [.letter, .upperSet, .lowerSet])  // ʰ: Lm
        #expect(ScalarClass.of(0x4E2D) == [.letter, .upperSet, .lowerSet])  // 中: Lo
        #expect(ScalarClass.of(0x1D400) == [.letter, .upperSet])  // 𝐀: Lu, outside the BMP
    }

    @Test func marksNumbersAndSpace() {
        #expect(ScalarClass.of(0x0301) == [.upperSet, .lowerSet])  // combining acute: Mn, not a letter
        #expect(ScalarClass.of(0x0661) == [.number])  // Arabic-Indic one: Nd
        #expect(ScalarClass.of(0x2162) == [.number])  // Roman numeral three: Nl
        #expect(ScalarClass.of(0x00BD) == [.number])  // ½: No
        #expect(ScalarClass.of(0x0A) == [.whitespace, .lineBreak])
        #expect(ScalarClass.of(0x3000) == [.whitespace])
        #expect(ScalarClass.of(0x0085) == [.whitespace])
        #expect(ScalarClass.of(0x200B) == [])  // zero-width space is not White_Space
        #expect(ScalarClass.of(0x1C) == [])  // nor is the file separator (Python's str.isspace says it is)
    }
}

import Testing

@testable import LLMGWCore

/// Bytes that are not UTF-8 become U+FFFD the way Python's `errors="replace"` does.
@Suite struct LossyUTF8TextTests {
    @Test func validTextIsKeptAsIs() {
        let text = LossyUTF8Text(Array("héllo\r\n😀".utf8))
        #expect(text.text == "héllo\r\n😀")
        #expect(!text.replacedInvalidBytes)
    }

    @Test func eachMaximalInvalidSubsequenceBecomesOneReplacement() {
        // Python: b"\xe2\x82a\xff\xf0\x9f\x98".decode("utf-8", "replace") == "\ufffda\ufffd\ufffd"
        let text = LossyUTF8Text([0xE2, 0x82, 0x61, 0xFF, 0xF0, 0x9F, 0x98])
        #expect(text.text == "\u{FFFD}a\u{FFFD}\u{FFFD}")
        #expect(text.replacedInvalidBytes)
        // Surrogates and overlong forms: one replacement per byte, as in Python.
        #expect(LossyUTF8Text([0xED, 0xA0, 0x80]).text == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(LossyUTF8Text([0xC0, 0xAF]).text == "\u{FFFD}\u{FFFD}")
    }
}

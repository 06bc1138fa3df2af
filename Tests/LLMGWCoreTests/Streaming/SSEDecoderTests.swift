import Testing

@testable import LLMGWCore

@Suite struct SSEDecoderTests {
    private func decodeAll(_ text: String) -> [SSEEvent] {
        var decoder = SSEDecoder()
        return decoder.feed(Array(text.utf8)) + decoder.finish()
    }

    /// Feeds `bytes` split at `split` into two pieces.
    private func decode(_ bytes: [UInt8], splitAt split: Int) -> [SSEEvent] {
        var decoder = SSEDecoder()
        return decoder.feed(bytes[..<split]) + decoder.feed(bytes[split...]) + decoder.finish()
    }

    @Test func fieldsFormOneEvent() async throws {
        let events = decodeAll("event: update\ndata: first\ndata: second\nid: 7\nretry: 1500\n\n")
        #expect(events == [SSEEvent(type: "update", data: "first\nsecond", id: "7")])
        var decoder = SSEDecoder()
        _ = decoder.feed(Array("retry: 1500\nretry: 12a\n\n".utf8))
        #expect(decoder.retry == 1500)
    }

    @Test func lineEndingsAreEquivalent() async throws {
        let expected = [SSEEvent(data: "a\nb"), SSEEvent(type: "x", data: "c")]
        #expect(decodeAll("data: a\ndata: b\n\nevent: x\ndata: c\n\n") == expected)
        #expect(decodeAll("data: a\r\ndata: b\r\n\r\nevent: x\r\ndata: c\r\n\r\n") == expected)
        #expect(decodeAll("data: a\rdata: b\r\revent: x\rdata: c\r\r") == expected)
        #expect(decodeAll("data: a\r\ndata: b\n\revent: x\rdata: c\n\r\n") == expected)
    }

    @Test func everySplitPointGivesTheSameEvents() async throws {
        let text = "\u{FEFF}event: é\r\ndata: héllo 👋\r\n: comment\r\n\r\ndata:x\rdata\r\r\nid: 9\n\n"
        let bytes = Array(text.utf8)
        let whole = decode(bytes, splitAt: 0)
        #expect(whole == [SSEEvent(type: "é", data: "héllo 👋"), SSEEvent(data: "x\n")])
        for split in 0...bytes.count {
            #expect(decode(bytes, splitAt: split) == whole, "split at \(split)")
        }
        var decoder = SSEDecoder()
        var oneByOne: [SSEEvent] = []
        for byte in bytes { oneByOne += decoder.feed([byte]) }
        #expect(oneByOne == whole)
        #expect(decoder.lastEventID == "9")
    }

    @Test func onlyOneLeadingByteOrderMarkIsDropped() async throws {
        #expect(decodeAll("\u{FEFF}data: a\n\n") == [SSEEvent(data: "a")])
        // A second BOM is part of the field name, which is then unknown.
        #expect(decodeAll("\u{FEFF}\u{FEFF}data: a\n\n").isEmpty)
        // Bytes that merely start like a BOM are kept.
        var decoder = SSEDecoder()
        let events = decoder.feed([0xEF, 0x41]) + decoder.feed(Array(":x\ndata: b\n\n".utf8))
        #expect(events == [SSEEvent(data: "b")])
    }

    @Test func commentsAreLivenessOnly() async throws {
        var decoder = SSEDecoder()
        #expect(decoder.feed(Array(": keep-alive\n\n: OPENROUTER PROCESSING\n\n".utf8)).isEmpty)
        #expect(decoder.commentCount == 2)
        #expect(decoder.sawActivity)
        decoder.sawActivity = false
        #expect(decoder.feed(Array(": partial".utf8)).isEmpty)
        #expect(!decoder.sawActivity)
    }

    @Test func valueLosesExactlyOneLeadingSpace() async throws {
        #expect(decodeAll("data:x\n\n") == [SSEEvent(data: "x")])
        #expect(decodeAll("data:  x \n\n") == [SSEEvent(data: " x ")])
        #expect(decodeAll("data: a:b: c\n\n") == [SSEEvent(data: "a:b: c")])
    }

    @Test func emptyDataAndMissingData() async throws {
        // A field with no colon has an empty value: the event dispatches with empty data.
        #expect(decodeAll("data\n\n") == [SSEEvent(data: "")])
        // No data at all: nothing is dispatched, and the type does not leak into the next event.
        #expect(decodeAll("event: ping\n\ndata: x\n\n") == [SSEEvent(data: "x")])
        #expect(decodeAll("\n\n\n").isEmpty)
    }

    @Test func idPersistsAndIgnoresNul() async throws {
        let events = decodeAll("id: 1\ndata: a\n\ndata: b\n\nid: 2\u{0}\ndata: c\n\nid\ndata: d\n\n")
        #expect(events.map(\.id) == ["1", "1", "1", ""])
    }

    @Test func unknownFieldsAreIgnored() async throws {
        #expect(decodeAll("foo: bar\ndata: a\nDATA: b\n\n") == [SSEEvent(data: "a")])
    }

    @Test func anEventWithoutItsBlankLineIsDiscarded() async throws {
        #expect(decodeAll("data: a\n").isEmpty)
        #expect(decodeAll("data: a").isEmpty)
        var decoder = SSEDecoder()
        #expect(decoder.feed(Array("data: a\n\ndata: b\n".utf8)) == [SSEEvent(data: "a")])
        #expect(decoder.finish().isEmpty)
    }

    @Test func invalidUTF8IsReplacedNotFatal() async throws {
        var decoder = SSEDecoder()
        let events = decoder.feed([0x64, 0x61, 0x74, 0x61, 0x3A, 0xFF, 0xC3, 0x0A, 0x0A])
        #expect(events == [SSEEvent(data: "\u{FFFD}\u{FFFD}")])
    }

    @Test func randomBytesNeverCrash() async throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("data: event:id:retry:\r\n\n{}\"x".utf8) + [0xEF, 0xBB, 0xBF, 0x00, 0xFF]
        for _ in 0..<300 {
            var decoder = SSEDecoder()
            var count = 0
            for _ in 0..<20 {
                let length = Int.random(in: 0..<40, using: &generator)
                let chunk = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                count += decoder.feed(chunk).count
            }
            count += decoder.finish().count
            #expect(count >= 0)
        }
    }
}

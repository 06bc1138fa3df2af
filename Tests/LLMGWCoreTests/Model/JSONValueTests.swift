import Testing

@testable import LLMGWCore

@Suite struct JSONValueTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONValue.parse(
            #" { "a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}, "e": "" } "#)
        #expect(value["a"]?[0]?.intValue == 1)
        #expect(value["a"]?[1]?.doubleValue == -2.5)
        #expect(value["a"]?[2]?.doubleValue == 300)
        #expect(value["a"]?[3]?.boolValue == true)
        #expect(value["a"]?[4]?.boolValue == false)
        #expect(value["a"]?[5]?.isNull == true)
        #expect(value["b"]?["c"]?.stringValue == "d")
        #expect(value["e"]?.stringValue == "")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
        #expect(value.stringValue == "a\"b\\c/d\n\té😀")
    }

    @Test func replacesLoneSurrogatesInsteadOfFailing() throws {
        let value = try JSONValue.parse(#""x\ud800y""#)
        #expect(value.stringValue == "x\u{FFFD}y")
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":}", "tru", "01", "1.", "-", "\"abc", "{\"a\" 1}", "[1 2]", "\"\u{01}\"", "1 2",
        "{\"a\":1,}", "\"\\x\"", "nul",
    ])
    func rejectsInvalidDocuments(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONValue.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func rejectsExcessiveNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONValue.parse(fine) }
    }

    @Test func repeatedKeysKeepTheLastValue() throws {
        #expect(try JSONValue.parse(#"{"a":1,"b":2,"a":3}"#) == ["a": 3, "b": 2])
    }

    @Test func serializesWithSortedKeysAndEscapes() {
        let value: JSONValue = ["b": 1, "a": ["x\n\"y\"", 2.5, true, nil], "c": .object([:])]
        #expect(value.serialized() == #"{"a":["x\n\"y\"",2.5,true,null],"b":1,"c":{}}"#)
    }

    @Test func serializesControlCharactersAndNonFiniteNumbers() {
        #expect(JSONValue.string("\u{01}").serialized() == #""\u0001""#)
        #expect(JSONValue.number(.infinity).serialized() == "null")
        #expect(JSONValue.number(-3).serialized() == "-3")
    }

    @Test func roundTripsThroughSerialization() throws {
        let original: JSONValue = [
            "model": "gpt", "messages": [["role": "user", "content": "héllo \u{1F600} \\ \"q\""]], "n": 1,
            "t": 0.25, "nested": ["deep": ["deeper": [nil, false]]],
        ]
        #expect(try JSONValue.parse(original.serializedBytes()) == original)
    }

    @Test func parsesLargeIntegersExactlyWithinDoublePrecision() throws {
        #expect(try JSONValue.parse("9007199254740992").intValue == 9_007_199_254_740_992)
        #expect(try JSONValue.parse("123456789012").intValue == 123_456_789_012)
    }
}

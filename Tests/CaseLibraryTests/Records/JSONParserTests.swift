import CaseLibrary
import Testing

@Suite("Strict JSON")
struct JSONParserTests {
    @Test func parsesNestedValuesKeepingKeyOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, true, null], "a": {"x": "\u4e2d\n"}}"#)
        #expect(value.objectMembers?.map(\.0) == ["b", "a"])
        #expect(value["a"]?["x"] == .string("中\n"))
        #expect(value["b"] == .array([.number("1"), .number("2.5"), .bool(true), .null]))
    }

    @Test(arguments: [
        "{", #"{"a": 1,}"#, "[1,]", #"{"a" 1}"#, "01", "1.", "tru", #""\x""#, #"{"a": 1} x"#, #""\ud800""#,
        #"{"a": 1, "a": 2}"#, "\"a\u{01}b\"",
    ])
    func rejectsMalformedJSON(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func writerEscapesAndRoundTrips() throws {
        let value = JSONValue.object([("t", .string("引号\"、反斜杠\\、换行\n、\u{01}")), ("n", .number("-12"))])
        #expect(try JSONParser.parse(JSONWriter.compact(value)) == value)
    }

    @Test func deeplyNestedInputIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }
}

import Testing

@testable import NewsGraphFormats

/// The pull parser on its own: strings, numbers, skipping, and what it rejects.
struct JSONParserTests {
    static let stringCases: [(String, String)] = [
        (#""plain""#, "plain"),
        (#""esc \" \\ \/ \b \f \n \r \t""#, "esc \" \\ / \u{8} \u{C} \n \r \t"),
        (#""\u0000\u001f\u00e9\u20AC""#, "\u{0}\u{1F}é€"),
        (#""\ud83d\ude80 rocket""#, "🚀 rocket"),
        (#""lone \ud800 high""#, "lone \u{FFFD} high"),
        (#""lone \udc00 low""#, "lone \u{FFFD} low"),
        ("\"raw ü 🚀\"", "raw ü 🚀"),
        ("  \"leading space\"", "leading space"),
    ]

    @Test("strings decode escapes and surrogate pairs", arguments: stringCases)
    func strings(input: String, expected: String) throws {
        var parser = JSONParser(Array(input.utf8))
        #expect(try parser.readString() == expected)
        try parser.finish()
    }

    static let integerCases: [(String, Int?)] = [
        ("0", 0), ("-12", -12), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ("9223372036854775808", nil), ("1.5", nil), ("1e3", nil), ("01", nil), ("-", nil), ("+1", nil),
    ]

    @Test("integers, and what is not one", arguments: integerCases)
    func integers(input: String, expected: Int?) {
        var parser = JSONParser(Array(input.utf8))
        let value = try? { () throws -> Int in
            let value = try parser.readInt()
            try parser.finish()
            return value
        }()
        #expect(value == expected)
    }

    static let valid = [
        "null", "true", "-0.5e-3", "[]", "{}", "[1, [2, [3, {\"a\": [true, false, null]}]]]",
        "{\"a\": {\"b\": {}}, \"c\": [\"\\u00e9\", 1E+2]}", " \n\t\r[ ] ",
    ]

    @Test("skipValue accepts valid JSON", arguments: valid)
    func skipsValid(input: String) throws {
        var parser = JSONParser(Array(input.utf8))
        try parser.skipValue()
        try parser.finish()
    }

    static let invalid = [
        "", "nul", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\": 1,}", "{1: 2}", "[", "]", "{\"a\": [}",
        "\"unterminated", "\"tab\there\"", "01", "1.", ".5", "-", "1e", "[\"\\x\"]", "\"\\u12G4\"", "tru",
    ]

    @Test("skipValue rejects malformed JSON", arguments: invalid)
    func rejectsInvalid(input: String) {
        var parser = JSONParser(Array(input.utf8))
        #expect(throws: JSONParseError.self) {
            try parser.skipValue()
            try parser.finish()
        }
    }

    @Test("nesting beyond the limit is an error, in structure walks and in skipping")
    func depthLimit() throws {
        let deep = Array((String(repeating: "[", count: 20) + String(repeating: "]", count: 20)).utf8)
        var skipping = JSONParser(deep, maximumDepth: 19)
        #expect(throws: JSONParseError.self) { try skipping.skipValue() }
        var fits = JSONParser(deep, maximumDepth: 20)
        try fits.skipValue()
        var walking = JSONParser(deep, maximumDepth: 5)
        #expect(throws: JSONParseError.self) { try Self.walk(&walking) }
    }

    /// Walks nested arrays with forEachElement, as a decoder would.
    static func walk(_ parser: inout JSONParser) throws {
        try parser.forEachElement { parser, _ in try walk(&parser) }
    }
}

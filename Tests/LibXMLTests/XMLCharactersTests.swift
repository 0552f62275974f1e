import LibXML
import Testing

/// The XML 1.0 `Char` production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
struct XMLCharactersTests {
    static let cases: [(input: String, expected: String)] = [
        ("", ""),
        ("plain text", "plain text"),
        ("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
        ("NUL\u{0}end", "NUL\u{FFFD}end"),
        ("\u{1}\u{8}\u{B}\u{C}\u{1B}\u{1F}", String(repeating: "\u{FFFD}", count: 6)),
        ("space \u{20} and DEL \u{7F} stay", "space \u{20} and DEL \u{7F} stay"),
        ("last BMP \u{D7FF} \u{E000} \u{FFFD}", "last BMP \u{D7FF} \u{E000} \u{FFFD}"),
        ("non-characters \u{FFFE}\u{FFFF}", "non-characters \u{FFFD}\u{FFFD}"),
        ("astral 🚀 \u{10FFFF}", "astral 🚀 \u{10FFFF}"),
        ("\u{EFBF} looks like EF BF in UTF-16 only", "\u{EFBF} looks like EF BF in UTF-16 only"),
        ("ends in U+FFFF\u{FFFF}", "ends in U+FFFF\u{FFFD}"),
        ("right-to-left \u{202E} mark", "right-to-left \u{202E} mark"),
    ]

    @Test(arguments: cases)
    func reduces(input: String, expected: String) {
        #expect(XMLCharacters.reduced(input) == expected)
        #expect(XMLCharacters.needsReduction(input) == (input != expected))
    }

    @Test func everyReducedScalarIsAChar() {
        let all = (0...0x10FFFF).lazy.compactMap(Unicode.Scalar.init).filter { $0.value < 0x300 || $0.value > 0xFF00 }
        let text = String(String.UnicodeScalarView(all))
        let reduced = XMLCharacters.reduced(text)
        #expect(reduced.unicodeScalars.allSatisfy(XMLCharacters.isChar))
        #expect(reduced.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test(arguments: [
        (0x0, false), (0x9, true), (0xA, true), (0xD, true), (0x1F, false), (0x20, true),
        (0xD7FF, true), (0xE000, true), (0xFFFD, true), (0xFFFE, false), (0xFFFF, false),
        (0x10000, true), (0x10FFFF, true),
    ])
    func charProduction(value: UInt32, isChar: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(XMLCharacters.isChar(scalar) == isChar)
    }
}

import Testing

@testable import NewsGraphSyntax

@Suite struct WordKeyTests {
    /// The ASCII fast path must give exactly the atoms of the general path, or models would see other features.
    @Test(arguments: ["Washington", "F-16", "U.S.", "don't", "2024", "MQ-9B", "", "a", "Kh-101s", "$5.4", "Hello,World"])
    func asciiPathMatchesTheGeneralPath(word: String) {
        #expect(WordKey(ascii: word) == WordKey(unicode: word))
    }

    @Test func foldsCaseDigitsAndCurlyQuotes() {
        #expect(WordKey("Kyiv").lower == WordKey("KYIV").lower)
        #expect(WordKey("2024").lower == WordKey("1999").lower)
        #expect(WordKey("it’s").form == WordKey("it's").form)
        #expect(WordKey("F-16").shape == WordKey("B-52").shape)
        #expect(WordKey("Kyiv").shape != WordKey("kyiv").shape)
    }
}

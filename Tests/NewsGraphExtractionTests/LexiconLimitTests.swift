@testable import NewsGraphExtraction
import NewsGraphCore
import Testing

/// The `--lexicon` reader's limits and the places its errors name.
@Suite struct LexiconLimitTests {
    static func words(_ count: Int) -> String {
        (1...count).map { "Word\($0)" }.joined(separator: " ")
    }

    @Test func nameOfMoreThan32WordsIsAnErrorWithItsLine() {
        let tsv = "Fine Name\tActor\tOrganization\tname\t\t\nLong\tActor\tOrganization\tname\tShort|\(Self.words(33))\t\n"
        #expect(throws: LexiconError(
            source: "long.tsv", line: 2,
            message: "the name 'Word1 Word2 Word3 Word4 Word5 Word6 Word…' has more than 32 words, the most a name or alias may have"
        )) {
            try Lexicon().adding(tsv: tsv, source: "long.tsv")
        }
    }

    @Test func nameOf32WordsIsFound() throws {
        let name = Self.words(32)
        let lexicon = try Lexicon().adding(tsv: "\(name)\tActor\tOrganization\tname\t\t\n", source: "ok.tsv")
        #expect(lexicon.entries(for: name).first?.canonical == name)
    }

    @Test func longAliasIsRefused() {
        // 50,000 words: its phrase index alone would have taken gigabytes (it grows with the square of the words).
        let tsv = "Huge\tActor\tOrganization\tname\t" + String(repeating: "a ", count: 50_000) + "\t\n"
        #expect(throws: LexiconError.self) { try Lexicon().adding(tsv: tsv, source: "huge.tsv") }
    }

    @Test func deepJSONNamesTheCharacter() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let error = try #require(throws: LexiconError.self) { try Lexicon().adding(json: bytes, source: "deep.json") }
        #expect(error.source == "deep.json" && error.line == 0)
        #expect(error.message.hasPrefix("not valid JSON: Too many nested arrays or dictionaries around character 513"))
    }

    @Test func jsonErrorsNameTheEntryAndMember() throws {
        let bytes = Array(#"[{"canonical": "A", "type": "Actor"}, {"canonical": "B", "type": "Actor", "aliases": ["x", 5]}]"#.utf8)
        let error = try #require(throws: LexiconError.self) { try Lexicon().adding(json: bytes, source: "bad.json") }
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("entry 2: \"aliases\" [1]: "))
    }
}

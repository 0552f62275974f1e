import NewsGraphText
import Testing

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        Tokenizer().tokens(of: Array(text.unicodeScalars)).map(\.text)
    }

    @Test(arguments: [
        ("Germany's F-16s, U.S.-made.", ["Germany", "'s", "F-16s", ",", "U.S.", "-", "made", "."]),
        ("Taiwan\u{2019}s IRIS-T SLM", ["Taiwan", "\u{2019}s", "IRIS-T", "SLM"]),
        ("6,546 Palestinians and $1.4 billion", ["6,546", "Palestinians", "and", "$", "1.4", "billion"]),
        ("O'Brien said \u{201C}no\u{201D}", ["O'Brien", "said", "\u{201C}", "no", "\u{201D}"]),
        ("The US.", ["The", "US", "."]),
        ("Kh-101 and MQ-9 Reaper", ["Kh-101", "and", "MQ-9", "Reaper"]),
        ("Kyiv\u{2019}s drones, e.g. Bayraktar TB2s", ["Kyiv", "\u{2019}s", "drones", ",", "e.g.", "Bayraktar", "TB2s"]),
        ("at 5 p.m. on D-Day", ["at", "5", "p.m.", "on", "D-Day"]),
        ("Gen.\u{00A0}Milley\u{2009}—\u{202F}ret.", ["Gen", ".", "Milley", "—", "ret", "."]),
        ("São Tomé and Côte d\u{2019}Ivoire", ["São", "Tomé", "and", "Côte", "d\u{2019}Ivoire"]),
        ("the \u{2018}Iron Dome\u{2019} and 'S-400'", ["the", "\u{2018}", "Iron", "Dome", "\u{2019}", "and", "'", "S-400", "'"]),
        // an outlet's web name is one word; a sentence run on without a space is two
        ("Nonyny.LIVE and PanARMENIAN.Net, Report.az", ["Nonyny.LIVE", "and", "PanARMENIAN.Net", ",", "Report.az"]),
        ("Buenos Aires.Updated on", ["Buenos", "Aires", ".", "Updated", "on"]),
        ("the end.He said", ["the", "end", ".", "He", "said"]),
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(tokens(text) == expected)
    }

    @Test func kindsAreTold() {
        let kinds = Tokenizer().tokens(of: Array("Germany's 20,000 \u{201C}rounds\u{201D}.".unicodeScalars)).map(\.kind)
        #expect(kinds == [.word, .possessive, .number, .quote, .word, .quote, .punctuation])
    }

    @Test(arguments: [
        // an apostrophe after a plural is its possessive
        ("the Defense Forces' arsenal", [Token.Kind.word, .word, .word, .possessive, .word]),
        // a single quotation mark that closes a quote is none, though the word before it ends in `s`
        ("called them \u{2018}terrorists\u{2019} and", [.word, .word, .quote, .word, .quote, .word]),
        ("the 'heroes' who", [.word, .quote, .word, .quote, .word]),
    ])
    func anApostropheAfterAPluralIsAPossessiveOutsideQuotes(text: String, expected: [Token.Kind]) {
        #expect(Tokenizer().tokens(of: Array(text.unicodeScalars)).map(\.kind) == expected)
    }
}

import NewsGraphCore
import NewsGraphText
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let document = Document(article: Article(id: "article.t", source: "t"), text: text)
        return document.sentences.map { document.text(of: $0) }
    }

    @Test(arguments: [
        ("The U.S. sent arms. Israel received them.", ["The U.S. sent arms.", "Israel received them."]),
        ("Lt. Col. Smith spoke. He left.", ["Lt. Col. Smith spoke.", "He left."]),
        ("Gen. Mark Milley met Dr. Jones.", ["Gen. Mark Milley met Dr. Jones."]),
        ("The USS Gerald R. Ford sailed. It arrived.", ["The USS Gerald R. Ford sailed.", "It arrived."]),
        ("It cost $1.4 billion. No. 5 was late.", ["It cost $1.4 billion.", "No. 5 was late."]),
        ("Arms went to the U.S. The deal closed.", ["Arms went to the U.S.", "The deal closed."]),
        ("\u{201C}We will help.\u{201D} Kirby said so.", ["\u{201C}We will help.\u{201D}", "Kirby said so."]),
        ("Headline without stop\nBody sentence here.", ["Headline without stop", "Body sentence here."]),
        ("Is it true? Yes! Fine.", ["Is it true?", "Yes!", "Fine."]),
        ("He said: \"We are ready. We will act.\" Then he left.",
         ["He said: \"We are ready.", "We will act.\"", "Then he left."]),
        ("Mr. Sato met Sen. Graham and Rep. Ortiz. They spoke.", ["Mr. Sato met Sen. Graham and Rep. Ortiz.", "They spoke."]),
        ("He moved to Washington, D.C. He stayed.", ["He moved to Washington, D.C.", "He stayed."]),
        ("The Jan. 6 hearing ended. Sept. 11 was next.", ["The Jan. 6 hearing ended.", "Sept. 11 was next."]),
        ("Allies, e.g. Poland and Italy, agreed. Talks end.", ["Allies, e.g. Poland and Italy, agreed.", "Talks end."]),
        ("The strike came at 3 p.m. The Officials left.", ["The strike came at 3 p.m.", "The Officials left."]),
        ("Range is 1,000 km. Speed is 2.5 Mach.", ["Range is 1,000 km.", "Speed is 2.5 Mach."]),
        ("\u{201C}Why now?\u{201D} he asked. \u{201C}Because.\u{201D}", ["\u{201C}Why now?\u{201D} he asked.", "\u{201C}Because.\u{201D}"]),
        ("\u{201C}We will strike back. Nobody is safe,\u{201D} the envoy said. Silence followed.",
         ["\u{201C}We will strike back.", "Nobody is safe,\u{201D} the envoy said.", "Silence followed."]),
        ("They fired (the army said so.) Then quiet.", ["They fired (the army said so.)", "Then quiet."]),
        ("It ended\u{2026} Then it began again.", ["It ended\u{2026}", "Then it began again."]),
        ("Troops left in 2023. 2024 was calm.", ["Troops left in 2023.", "2024 was calm."]),
        ("Władysław Kosiniak-Kamysz spoke. Żukowski agreed.", ["Władysław Kosiniak-Kamysz spoke.", "Żukowski agreed."]),
        ("Gen.\u{00A0}Milley spoke.\u{00A0}Austin agreed.", ["Gen.\u{00A0}Milley spoke.", "Austin agreed."]),
        ("The U.N. and the E.U. met. No deal.", ["The U.N. and the E.U. met.", "No deal."]),
        ("", []),
        ("...", ["..."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func rangesAreUnicodeScalarOffsets() {
        let text = "Kyiv\u{00A0}— Władysław Kosiniak-Kamysz 🚀 spoke. Next one."
        let document = Document(article: Article(id: "article.t", source: "t"), text: text)
        let scalars = Array(text.unicodeScalars)
        for sentence in document.sentences {
            for token in sentence.tokens {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[token.range])
                #expect(String(view) == token.text)
            }
        }
        #expect(document.sentences.count == 2)
        #expect(document.sentences[1].range.lowerBound == Array("Kyiv\u{00A0}— Władysław Kosiniak-Kamysz 🚀 spoke. ".unicodeScalars).count)
    }
}

@Suite struct LongSentenceTests {
    @Test func textWithoutSentenceEndsIsCutIntoBoundedSentences() {
        // Distinct words, so that no cut piece repeats another (repeats are left unread).
        let words = (0..<2_000).map { $0 % 7 == 6 ? "arms," : "word\($0)" }.joined(separator: " ")
        let document = Document(article: Article(id: "article.t", source: "t"), text: words)
        #expect(document.sentences.count >= 2_000 / SentenceSplitter.maximumTokens)
        #expect(document.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        // Cuts fall after commas where there are any, and no token is lost.
        #expect(document.sentences.dropLast().allSatisfy { $0.tokens.last?.text == "," })
        #expect(document.sentences.reduce(0) { $0 + $1.tokens.count } == Tokenizer().tokens(of: Array(words.unicodeScalars)).count)
    }
}

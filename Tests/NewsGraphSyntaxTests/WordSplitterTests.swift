import Testing

@testable import NewsGraphSyntax

@Suite struct WordSplitterTests {
    @Test(arguments: [
        ("don't", ["do", "n't"]),
        ("can't", ["ca", "n't"]),
        ("I'm", ["I", "'m"]),
        ("it’s", ["it", "’s"]),
        ("we'll", ["we", "'ll"]),
        ("Russian-made", ["Russian", "-", "made"]),
        ("F-16", ["F", "-", "16"]),
        ("al-Qaeda", ["al", "-", "Qaeda"]),
        ("anti-aircraft", ["anti-aircraft"]),
        ("co-workers", ["co-workers"]),
        ("11-20-2000", ["11-20-2000"]),
        ("O'Brien", ["O'Brien"]),
        ("Sana'a", ["Sana'a"]),
        ("U.S.", ["U.S."]),
        ("-", ["-"]),
        ("", [""]),
    ])
    func splitsLikeTheTreebank(token: String, words: [String]) {
        let scalars = Array(token.unicodeScalars)
        let pieces = WordSplitter.split(token).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(pieces == words)
    }
}

/// A quotation in the article: from its opening to its closing mark, possibly across sentences.
struct QuoteSpan: Sendable {
    /// Sentence and token of the opening mark.
    var start: (sentence: Int, token: Int)
    /// Sentence and token of the closing mark (the last token of the sentence if unclosed).
    var end: (sentence: Int, token: Int)
    /// Scalars of the quoted words, without the marks.
    var content: Range<Int>

    /// Finds the quotations of a document: curly marks pair open with close;
    /// straight marks alternate. An apostrophe inside a word is not a quote.
    ///
    /// A quotation never runs over a paragraph break. A paragraph that ends
    /// inside one and is followed by a paragraph opening with a quotation mark
    /// follows the convention for a quote that goes on: the quotation ends with
    /// its paragraph, and the next one opens anew. Any other mark left open at
    /// a paragraph's end is stray, and quotes nothing.
    static func find(in document: AnnotatedDocument) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: (sentence: Int, token: Int, scalar: Int, low: Bool)?
        var previous: Int?
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let tokens = document.tokens(sentence)
            defer { previous = sentence }
            if let start = open, let previous, (previous + 1...sentence).contains(where: document.document.opensParagraph) {
                let ended = document.tokens(previous)
                if let first = tokens.first, first.kind == .quote, isDoubleQuote(first.text), let last = ended.last {
                    spans.append(QuoteSpan(start: (start.sentence, start.token), end: (previous, ended.count - 1), content: start.scalar..<last.range.upperBound))
                }
                open = nil
            }
            for (i, token) in tokens.enumerated() where token.kind == .quote && isDoubleQuote(token.text) {
                // (`„…“`: after a low opening mark, a high one closes.)
                if let start = open, !isOpening(token.text) || (start.low && token.text == "\u{201C}") {
                    spans.append(QuoteSpan(start: (start.sentence, start.token), end: (sentence, i), content: start.scalar..<token.range.lowerBound))
                    open = nil
                } else if open == nil, !isClosing(token.text) {
                    open = (sentence, i, token.range.upperBound, token.text == "\u{201E}")
                }
            }
        }
        return spans
    }

    /// Words before a short quote that make it a name, not words said there (`the so-called "special operation"`).
    static let namingWords: Set<String> = ["so-called", "dubbed", "codenamed", "code-named"]

    /// Whether the quote names or describes something in a few words, with nobody said to speak them:
    /// after a word of ``namingWords``, or after a participle and `as` that open a phrase of their own
    /// (`the operation, described as "targeted and non-escalatory,"`; not `which he described as "…"`).
    func isNaming(in document: AnnotatedDocument) -> Bool {
        guard start.sentence == end.sentence, end.token - start.token <= 9, start.token > 0 else { return false }
        let folded = document.folded[start.sentence]
        let before = folded[start.token - 1]
        if Self.namingWords.contains(before) { return true }
        guard before == "as", start.token >= 3 else { return false }
        let participle = folded[start.token - 2]
        return (participle.hasSuffix("ed") || participle == "known" || participle == "seen") && [",", "(", "the", "a", "an"].contains(folded[start.token - 3])
    }

    private static func isDoubleQuote(_ text: String) -> Bool {
        text == "\"" || text == "\u{201C}" || text == "\u{201D}" || text == "\u{00AB}" || text == "\u{00BB}" || text == "\u{201E}" || text == "''"
    }
    private static func isOpening(_ text: String) -> Bool { text == "\u{201C}" || text == "\u{00AB}" || text == "\u{201E}" }
    private static func isClosing(_ text: String) -> Bool { text == "\u{201D}" || text == "\u{00BB}" }
}

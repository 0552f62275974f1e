import NewsGraphCore
import NewsGraphSyntax

/// Finds what actors said: direct quotes with the speaker before, after or
/// inside them (a quote interrupted by its speaker is one statement; a quote
/// that follows one is joined to it), and reported speech (`X said (that) …`,
/// `…, X said`, `…, said the report, adding that …`, `according to X, …`,
/// `X quoted Y as saying …`, `X accuses Y of …`).
///
/// Where the word sequence gives no reported speech for a speech verb, the
/// sentence's tree is read (parsing the sentence if no earlier stage did).
///
/// Needs: ``CoreferenceResolver``. Adds: ``AnnotatedDocument/statements``.
struct StatementExtractor: ExtractionStage {
    let analyzer: SyntaxAnalyzer?

    func run(_ document: inout AnnotatedDocument) {
        var reader = StatementReader(document: document, analyzer: analyzer)
        reader.read()
        document.statements = reader.statements
    }
}

/// The state of one pass over a document's statements.
struct StatementReader {
    let document: AnnotatedDocument
    var speakers: SpeakerResolver
    var statements: [StatementFact] = []
    /// Tokens inside quotes or used by a quote's frame, per sentence.
    var used: [Set<Int>]
    let quotes: [QuoteSpan]
    /// The last sentence of the last direct statement, quote or frame: a quote that opens the next sentence goes on with it.
    var directEnd = -2
    /// Parses sentences whose speech the word sequence does not give; nil to read words only.
    let analyzer: SyntaxAnalyzer?

    init(document: AnnotatedDocument, analyzer: SyntaxAnalyzer? = nil) {
        self.document = document
        self.analyzer = analyzer
        speakers = SpeakerResolver(document: document)
        used = Array(repeating: [], count: document.mentions.count)
        quotes = QuoteSpan.find(in: document).filter { !$0.isNaming(in: document) }
        for quote in quotes { markInside(quote) }
    }

    mutating func read() {
        var next = 0
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            speakers.noteSources(in: sentence)
            while next < quotes.count, quotes[next].start.sentence == sentence {
                next = direct(at: next)
            }
            reported(sentence)
        }
    }

    private mutating func markInside(_ quote: QuoteSpan) {
        for sentence in quote.start.sentence...quote.end.sentence {
            let tokens = document.tokens(sentence)
            let from = sentence == quote.start.sentence ? quote.start.token : 0
            let to = sentence == quote.end.sentence ? quote.end.token : tokens.count - 1
            if from <= to { used[sentence].formUnion(from...to) }
        }
    }

    // MARK: output

    /// The sentences, from `sentence` outwards, whose ranges overlap `range`.
    private func touchedSentences(around sentence: Int, _ range: Range<Int>) -> ClosedRange<Int> {
        let sentences = document.document.sentences
        var first = min(max(sentence, 0), sentences.count - 1)
        var last = first
        while first > 0, sentences[first - 1].range.overlaps(range) { first -= 1 }
        while last + 1 < sentences.count, sentences[last + 1].range.overlaps(range) { last += 1 }
        return first...last
    }

    /// Whether words make a statement: three or more, or a reported noun phrase of two (`AFP confirmed the attack`).
    static func isEnoughSaid<Word: StringProtocol>(_ words: [Word], reported: Bool) -> Bool {
        words.count >= 3 || (reported && words.count == 2 && ["the", "a", "an"].contains(words[0].lowercased()))
    }

    mutating func emit(_ speaker: Mention, text: String, kind: String, sentence: Int, range: Range<Int>, frame: Range<Int>, reportedBy: Mention? = nil) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard Self.isEnoughSaid(words, reported: kind == "reported") else { return }
        // Only the sentences the statement's range touches (a quote may run over several).
        let named = touchedSentences(around: sentence, range).flatMap { document.mentions[$0] }
            .filter { $0.isEntity && !$0.entity.isEmpty && range.contains($0.range.lowerBound) }.map(\.entity)
        statements.append(StatementFact(
            speaker: speaker.entity, text: Self.clean(text), kind: kind, date: date(in: sentence, frame), reportedBy: reportedBy?.entity,
            mentions: named, sentence: sentence, range: range))
        speakers.record(speaker, sentence: sentence, frame: frame)
    }

    /// Trims spaces, commas and a leading `that` from statement words.
    static func clean(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words.first?.lowercased() == "that" { words.removeFirst() }
        var joined = words.joined(separator: " ")
        while let last = joined.last, last == "," || last == " " || last == ";" { joined.removeLast() }
        return joined
    }

    /// `on Wednesday`, `on Tuesday afternoon` among the frame's tokens.
    func date(in sentence: Int, _ frame: Range<Int>) -> String? {
        let folded = document.folded[sentence]
        for i in frame where i + 1 < folded.count && folded[i] == "on" && SpeechWords.dayWords.contains(folded[i + 1]) {
            var end = i + 2
            if end < folded.count, SpeechWords.dayParts.contains(folded[end]) || document.tokens(sentence)[end].kind == .number { end += 1 }
            return document.text(sentence, i..<end)
        }
        return nil
    }

    /// The scalars from token `from` to token `to` (exclusive) of a sentence.
    func scalars(_ sentence: Int, _ range: Range<Int>) -> Range<Int> { document.scalars(sentence, range) }
}

import NewsGraphCore

extension StatementReader {
    /// Reads the quote at `index` (and the one it continues into); returns the next quote to read.
    mutating func direct(at index: Int) -> Int {
        let quote = quotes[index]
        var text = document.document.text(in: quote.content)
        var next = index + 1
        var range = quote.content
        // "A," X said, "B." — the second part in the same sentence after the frame.
        if next < quotes.count, quotes[next].start.sentence == quote.end.sentence,
            let frame = frameAfter(quote), quotes[next].start.token - frame.end <= 1
        {
            text += " " + document.document.text(in: quotes[next].content)
            range = range.lowerBound..<quotes[next].content.upperBound
            next += 1
        }
        if isInsideReportedSpeech(quote) { return next }
        let after = frameAfter(quote)
        if after != nil, let lead = clauseBefore(quote) {
            // `The system was delivered "around April 16," Spiegel reported`: the clause is the statement.
            text = document.text(quote.start.sentence, lead) + " " + text
            range = document.scalars(quote.start.sentence, lead).lowerBound..<range.upperBound
        }
        if after == nil, let rest = clauseAfter(quote) {
            // `X said “dozens of missiles” were launched`: the quote is part of the words said, which run on after it.
            text += " " + document.text(quote.end.sentence, rest)
            range = range.lowerBound..<document.scalars(quote.end.sentence, rest).upperBound
            // (Quotes inside those words are part of them: `were launched in “self-defense”`.)
            while next < quotes.count, quotes[next].start.sentence == quote.end.sentence, quotes[next].start.token < rest.upperBound { next += 1 }
        }
        if let frame = after ?? frameBefore(quote) {
            var speakers = self.speakers
            if let speaker = speakers.speaker(in: frame.speakerRange, of: frame.sentence, near: frame.verb) {
                self.speakers = speakers
                used[frame.sentence].formUnion(min(frame.speakerRange.lowerBound, frame.verb)..<max(frame.end, frame.verb + 1))
                let more = continuation(frame.sentence, after: frame.end)
                if !more.isEmpty {
                    while let last = text.last, last == "," || last == " " { text.removeLast() }
                    text += more
                }
                emit(speaker, text: text, kind: "direct", sentence: quote.start.sentence, range: range, frame: frame.speakerRange.lowerBound..<frame.end)
                directEnd = max(quote.end.sentence, frame.sentence)
            }
        } else if let last = statements.last, last.kind == "direct", quote.start.token == 0, quote.start.sentence - directEnd <= 1 {
            statements[statements.count - 1].text += " " + Self.clean(text)
            directEnd = quote.end.sentence
        }
        return next
    }

    /// A reporting frame: the speech verb, where to look for the speaker, and the frame's end.
    struct Frame {
        var sentence: Int
        var verb: Int
        var speakerRange: Range<Int>
        var end: Int
    }

    /// `”, the command said` / `” said the unnamed official` / `,” X told a regular news briefing.`
    func frameAfter(_ quote: QuoteSpan) -> Frame? {
        let sentence = quote.end.sentence
        let folded = document.folded[sentence]
        var start = quote.end.token + 1
        if start < folded.count, folded[start] == "," { start += 1 }
        // (`saying: “…,” but Hazukay insisted that …`: a conjunction opens a clause of its own, no frame of the quote.)
        if start < folded.count, Self.clauseConjunctions.contains(folded[start]) { return nil }
        var end = start
        // (`,” Prime Minister Shaukat Aziz, who watched the test, was quoted as saying.`: a relative clause may stand between.)
        while end < folded.count, document.tokens(sentence)[end].kind != .quote, end - start < 16 { end += 1 }
        guard let verb = (start..<end).first(where: { (SpeechWords.quoteVerbs.contains(folded[$0]) || folded[$0] == "quoted") && document.mentionPosition(at: $0, in: sentence) == nil }) else {
            return nil
        }
        let before = start..<verb
        var after = verb + 1
        // (`said Mr. Traoré`: the point of an abbreviation inside the name does not end the frame.)
        let tokens = document.tokens(sentence)
        let stop = { (i: Int) in folded[i] == "," || (folded[i] == "." && !(i + 1 < folded.count && tokens[i + 1].isCapitalized)) }
        while after < end, !stop(after) && !(after > verb + 1 && folded[after] == "at") { after += 1 }
        let speakerRange = before.count > 0 && containsSpeaker(sentence, before) ? before : verb + 1..<after
        return Frame(sentence: sentence, verb: verb, speakerRange: speakerRange, end: max(after, verb + 1))
    }

    /// Conjunctions that open a contrasting clause of its own after a quote (`and` may go on with the same speaker).
    static let clauseConjunctions: Set<String> = ["but", "while", "whereas", "although", "though", "yet"]

    /// The words before a quote that ends its sentence's clause, when they
    /// are a clause of their own and not a frame (`X said:`): at least three
    /// words, no speech verb, no colon.
    func clauseBefore(_ quote: QuoteSpan) -> Range<Int>? {
        let sentence = quote.start.sentence
        guard quote.end.sentence == sentence, quote.start.token >= 3 else { return nil }
        let folded = document.folded[sentence]
        let tokens = document.tokens(sentence)
        let lead = 0..<quote.start.token
        guard lead.filter({ tokens[$0].kind == .word }).count >= 3,
            !lead.contains(where: { SpeechWords.quoteVerbs.contains(folded[$0]) || [":", ",", "according"].contains(folded[$0]) || tokens[$0].kind == .quote })
        else { return nil }
        return lead
    }

    /// `X said: “…”`.
    func frameBefore(_ quote: QuoteSpan) -> Frame? {
        let sentence = quote.start.sentence
        let folded = document.folded[sentence]
        var j = quote.start.token - 1
        let colon = j >= 0 && folded[j] == ":"
        if j >= 0, colon || folded[j] == "," { j -= 1 }
        // `X told the Commons: “…”`, `X said in a statement: “…”`: a short frame after the verb, before a colon.
        if colon, let verb = (max(0, j - 4)...max(0, j)).reversed().first(where: { SpeechWords.quoteVerbs.contains(folded[$0]) }),
            !((verb + 1)..<(j + 1)).contains(where: { folded[$0] == "," || document.tokens(sentence)[$0].kind == .quote })
        {
            j = verb
        }
        // `X warned Wednesday “…”`: a day between the verb and the quote.
        if !colon { while j >= 1, Self.dayWords.contains(folded[j]) { j -= 1 } }
        guard j >= 0, SpeechWords.quoteVerbs.contains(folded[j]) else { return nil }
        return Frame(sentence: sentence, verb: j, speakerRange: 0..<j, end: quote.start.token)
    }

    /// Words of time that may stand between a speech verb and its quote.
    static let dayWords: Set<String> = [
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later",
    ]

    /// The words after a quote that go on with the clause the quote began (`“dozens of missiles” were launched in
    /// self-defense`), up to the sentence's end or a comma that opens a new clause; nil when the quote ends its clause.
    func clauseAfter(_ quote: QuoteSpan) -> Range<Int>? {
        let sentence = quote.end.sentence
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        let first = quote.end.token + 1
        guard first < tokens.count, tokens[first].kind == .word, !tokens[first].isCapitalized,
            !SpeechWords.quoteVerbs.contains(folded[first]), !SentenceView.afterComma.contains(folded[first])
        else { return nil }
        var end = first
        while end < tokens.count, !(end > first && folded[end] == "," && end + 1 < tokens.count && SentenceView.afterComma.contains(folded[end + 1])) {
            end += 1
        }
        if end == tokens.count, tokens[end - 1].kind == .punctuation { end -= 1 }
        return end - first >= 2 ? first..<end : nil
    }

    /// `… but said Germany would stand by Ukraine “for as long as it takes.”`: the quote is part of reported words.
    func isInsideReportedSpeech(_ quote: QuoteSpan) -> Bool {
        let folded = document.folded[quote.start.sentence]
        let before = 0..<quote.start.token
        // `X told the Commons: “…”`: a colon opens the quote itself.
        if quote.start.token > 0, folded[quote.start.token - 1] == ":" { return false }
        guard let verb = before.last(where: { SpeechWords.reportsSpeech(folded, at: $0) && !used[quote.start.sentence].contains($0) }) else { return false }
        return quote.start.token - verb > 2
    }

    func containsSpeaker(_ sentence: Int, _ range: Range<Int>) -> Bool {
        document.mentions[sentence].contains { range.contains($0.tokens.lowerBound) && ($0.type == .actor || $0.role == .title) }
            || range.contains { ["he", "she", "it", "they"].contains(document.folded[sentence][$0]) || SpeechWords.sourceNouns.contains(document.folded[sentence][$0]) }
    }

    /// `, adding that no US ships or personnel were hurt`.
    func continuation(_ sentence: Int, after end: Int) -> String {
        let folded = document.folded[sentence]
        var i = end
        while i < folded.count, folded[i] == "," { i += 1 }
        guard i + 1 < folded.count, folded[i] == "adding" || folded[i] == "saying" else { return "" }
        var from = i + 1
        if folded[from] == "that" { from += 1 }
        var to = folded.count
        if to > from, document.tokens(sentence)[to - 1].kind == .punctuation { to -= 1 }
        guard to > from else { return "" }
        return "; " + document.text(sentence, from..<to)
    }
}

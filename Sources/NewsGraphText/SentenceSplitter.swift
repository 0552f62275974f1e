/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
/// after it) when the next token can start a sentence, and always at a line
/// break. It does not end after a title or abbreviation (`Gen.`, `Lt. Col.`,
/// `No. 1`), an initial (`Gerald R. Ford`) or inside a number (`1.4`).
///
/// Text without sentence ends (a list, a table flattened to one line, a
/// 50 MB file with no full stop) is cut every ``maximumTokens`` tokens, after
/// a comma or semicolon where there is one, so that later stages always work
/// on sentences of bounded length.
///
/// A sentence repeated word for word more than ``maximumRepeats`` times in
/// one body (a page that loops, a flood of the same line) keeps its place
/// and range after that, but no tokens: later stages read each distinct
/// sentence a few times only, and memory stays bounded.
public struct SentenceSplitter: Sendable {
    /// The longest sentence, in tokens; real sentences stay far below it.
    public static let maximumTokens = 250

    /// How often the same sentence is read in one body; later copies are left unread.
    public static let maximumRepeats = 8

    public init() {}

    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var seen: [ScalarRun: Int] = [:]
        func close(before end: Int) {
            guard start < end else { return }
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            let key = ScalarRun(scalars: scalars[range])
            let copies = seen[key, default: 0] + 1
            seen[key] = copies
            let kept = copies <= Self.maximumRepeats ? Array(tokens[start..<end]) : []
            sentences.append(Sentence(index: sentences.count, range: range, tokens: kept))
            start = end
        }
        for i in tokens.indices {
            if i > start, hasLineBreak(scalars, from: tokens[i - 1].range.upperBound, to: tokens[i].range.lowerBound) {
                close(before: i)
            }
            if endsSentence(tokens, at: i, scalars) {
                close(before: i + 1)
            } else if i + 1 - start >= Self.maximumTokens {
                close(before: cutPoint(tokens, from: start, to: i + 1, scalars))
            }
        }
        close(before: tokens.count)
        return sentences
    }

    /// Where to cut an over-long run of tokens: after its last comma or
    /// semicolon in the second half, else at its end.
    private func cutPoint(_ tokens: [Token], from start: Int, to end: Int, _ s: [Unicode.Scalar]) -> Int {
        var j = end - 1
        while j > start + (end - start) / 2 {
            if tokens[j].kind == .punctuation, s[tokens[j].range.lowerBound] == "," || s[tokens[j].range.lowerBound] == ";" {
                return j + 1
            }
            j -= 1
        }
        return end
    }

    /// Whether the sentence ends after token `i`. Punctuation and quote
    /// tokens are one scalar, so they are told by their scalar, not their text.
    private func endsSentence(_ tokens: [Token], at i: Int, _ s: [Unicode.Scalar]) -> Bool {
        let token = tokens[i]
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        switch token.kind {
        case .number, .possessive:
            return false
        case .word:
            // An initialism ending a sentence: "... by the U.S. The ..."
            guard token.range.count >= 3, s[token.range.upperBound - 1] == "." else { return false }
            return next.isCapitalized && Self.sentenceStarters.contains(next.text)
        case .quote, .punctuation:
            break
        }
        let c = s[token.range.lowerBound]
        // Closing quotes and brackets stay with the sentence they close.
        if isTerminal(c), isClosingQuote(next, after: token, s) || isScalar(next, ")", s) { return false }
        if token.kind == .quote, i > 0, !isClosingQuote(token, after: tokens[i - 1], s) { return false }
        if token.kind == .quote || c == ")" {
            guard i > 0, tokens[i - 1].kind == .punctuation, isTerminal(s[tokens[i - 1].range.lowerBound]) else { return false }
            return canStart(next, s)
        }
        guard isTerminal(c) else { return false }
        if c == "." && i > 0 && isAbbreviation(tokens[i - 1], next: next) { return false }
        return canStart(next, s)
    }

    /// Whether a quote token closes a quotation: `”`, `»` and `’` do, `“`,
    /// `„`, `«` and `‘` do not, and a straight quote does when it follows
    /// the previous token without a space.
    private func isClosingQuote(_ quote: Token, after previous: Token, _ s: [Unicode.Scalar]) -> Bool {
        guard quote.kind == .quote else { return false }
        switch s[quote.range.lowerBound] {
        case "\u{201D}", "\u{00BB}", "\u{2019}": return true
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}": return false
        default: return quote.range.lowerBound == previous.range.upperBound
        }
    }

    private func isTerminal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    private func isScalar(_ token: Token, _ c: Unicode.Scalar, _ s: [Unicode.Scalar]) -> Bool {
        token.kind == .punctuation && s[token.range.lowerBound] == c
    }

    private func canStart(_ token: Token, _ s: [Unicode.Scalar]) -> Bool {
        token.isCapitalized || token.kind == .number || token.kind == .quote || isScalar(token, "(", s)
            || isScalar(token, "[", s)
    }

    private func isAbbreviation(_ word: Token, next: Token) -> Bool {
        guard word.kind == .word else { return false }
        let text = word.text
        if text.unicodeScalars.count == 1, text.unicodeScalars.first?.properties.isUppercase == true { return true }
        if Self.titles.contains(text) { return true }
        if Self.beforeNumbers.contains(text) { return next.kind == .number }
        return false
    }

    /// Abbreviations after which a capitalized word does not start a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Brig", "Cmdr", "Cdr", "Rep", "Sen", "Gov", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Jr", "Sr", "Co", "Corp",
        "Inc", "Ltd", "vs", "Gens", "Lieut", "Supt", "Amb", "Sec", "Dept", "Univ", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "etc", "al", "Messrs",
    ]

    /// Abbreviations that stand before a number ("No. 1", "Art. 5").
    static let beforeNumbers: Set<String> = ["No", "no", "Nos", "Art", "Vol", "p", "pp", "Fig", "Nr"]

    /// Words that start a sentence after an initialism such as "U.S.".
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "However", "Meanwhile", "Officials", "There", "His", "Her", "Their", "Its", "After", "Before",
    ]

    private func hasLineBreak(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return scalars[from..<to].contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }
    }
}

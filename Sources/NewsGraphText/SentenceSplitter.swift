/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
/// after it) when the next token can start a sentence, and always at a line
/// break. It does not end after a title or abbreviation (`Gen.`, `Lt. Col.`,
/// `No. 1`), an initial (`Gerald R. Ford`) or inside a number (`1.4`).
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func close(before end: Int) {
            guard start < end else { return }
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            sentences.append(Sentence(index: sentences.count, range: range, tokens: Array(tokens[start..<end])))
            start = end
        }
        for i in tokens.indices {
            if i > start, hasLineBreak(scalars, from: tokens[i - 1].range.upperBound, to: tokens[i].range.lowerBound) {
                close(before: i)
            }
            if endsSentence(tokens, at: i) { close(before: i + 1) }
        }
        close(before: tokens.count)
        return sentences
    }

    /// Whether the sentence ends after token `i`.
    private func endsSentence(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        // Closing quotes and brackets stay with the sentence they close.
        if next.kind == .quote || next.text == ")" {
            if token.text == "." || token.text == "!" || token.text == "?" || token.text == "…" { return false }
        }
        if token.kind == .quote || token.text == ")" {
            guard i > 0, isTerminal(tokens[i - 1].text) else { return false }
            return canStart(next)
        }
        if token.kind == .word, token.text.hasSuffix("."), token.text.count >= 3 {
            // An initialism ending a sentence: "... by the U.S. The ..."
            return next.isCapitalized && Self.sentenceStarters.contains(next.text)
        }
        guard isTerminal(token.text) else { return false }
        if token.text == "." && i > 0 && isAbbreviation(tokens[i - 1], next: next) { return false }
        return canStart(next)
    }

    private func isTerminal(_ text: String) -> Bool { text == "." || text == "!" || text == "?" || text == "…" }

    private func canStart(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || token.kind == .quote
            || (token.kind == .punctuation && (token.text == "(" || token.text == "["))
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

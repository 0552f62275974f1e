import NewsGraphCore
import NewsGraphText

/// One sentence as the relation and statement readers see it: tokens,
/// folded words, and the entity mentions with a token → mention index.
struct SentenceView {
    let index: Int
    let tokens: [Token]
    let folded: [String]
    /// Entity mentions in order.
    let mentions: [Mention]
    /// For each token, the position in ``mentions`` of the mention covering it.
    let owner: [Int?]
    /// The sentence's words, tags and (where it was parsed) tree.
    let syntax: SentenceSyntax?
    /// For each token, whether it ends a clause (see ``isBoundary(_:)``); computed once.
    private let boundaries: [Bool]

    init(_ document: AnnotatedDocument, _ sentence: Int) {
        index = sentence
        tokens = document.tokens(sentence)
        folded = document.folded[sentence]
        syntax = document.syntax[sentence]
        mentions = document.mentions[sentence].filter { $0.isEntity && !$0.entity.isEmpty }
        var owner = [Int?](repeating: nil, count: tokens.count)
        for (position, mention) in mentions.enumerated() {
            for i in mention.tokens where i < owner.count { owner[i] = position }
        }
        self.owner = owner
        let tokens = self.tokens
        let folded = self.folded
        boundaries = tokens.indices.map { Self.computeBoundary(tokens, folded, $0) }
    }

    var count: Int { tokens.count }

    func mention(at i: Int) -> Mention? {
        guard i >= 0, i < owner.count, let position = owner[i] else { return nil }
        return mentions[position]
    }

    /// Whether a mention covers token `i` (``mention(at:)`` without copying it).
    func hasMention(at i: Int) -> Bool { i >= 0 && i < owner.count && owner[i] != nil }

    /// Words that end a clause when scanning for arguments.
    static let clauseWords: Set<String> = [
        "while", "but", "whereas", "although", "though", "because", "when", "where", "after", "before", "until", "unless",
        "if", "who", "which", "whom", "whose", "since", "amid", "despite", "according", "that",
    ]
    /// Words that, after a comma, start a new clause.
    static let afterComma: Set<String> = [
        "according", "as", "adding", "saying", "said", "says", "setting", "forcing", "drawing", "told", "but",
        "it", "he", "she", "they", "which", "who", "while", "although", "citing", "killing", "wounding",
    ]

    /// Whether token `i` ends a clause scanning rightwards (or starts one scanning leftwards).
    func isBoundary(_ i: Int) -> Bool { boundaries[i] }

    private static func computeBoundary(_ tokens: [Token], _ folded: [String], _ i: Int) -> Bool {
        let count = tokens.count
        let token = tokens[i]
        if token.kind == .quote || token.text == ";" || token.text == ":" || token.text == "—" || token.text == "(" || token.text == ")" { return true }
        if token.kind == .word, Self.clauseWords.contains(folded[i]) { return true }
        // `Israeli attack on Damascus caused damage - SANA`: a lone dash ends the clause (a pair of them holds an apposition).
        if isSpacedDash(tokens, i), !tokens.indices.contains(where: { $0 != i && isSpacedDash(tokens, $0) }) { return true }
        if token.kind == .word, folded[i] == "as", i + 1 < count, folded[i + 1] != "well", folded[i + 1] != "part", i > 0, folded[i - 1] != "such", folded[i - 1] != "well" {
            return true
        }
        if token.text == ",", i + 1 < count, Self.afterComma.contains(folded[i + 1]) { return true }
        if token.text == ",", opensClosingAttribution(tokens, folded, at: i) { return true }
        return false
    }

    /// Whether the comma at `i` opens an attribution that ends the sentence (`…, Seoul's defense ministry said.`,
    /// `…, officials said on Friday.`): its speaker is no list item of the clause before.
    private static func opensClosingAttribution(_ tokens: [Token], _ folded: [String], at i: Int) -> Bool {
        var j = i + 2
        while j < min(tokens.count, i + 10) {
            if folded[j] == "," || tokens[j].kind == .quote || clauseWords.contains(folded[j]) { return false }
            if SpeechWords.verbs.contains(folded[j]) {
                let rest = tokens[(j + 1)...]
                return rest.count(where: { $0.kind == .word || $0.kind == .number }) <= 3 && !rest.contains { $0.text == "," }
            }
            j += 1
        }
        return false
    }

    /// A hyphen or en dash with space on both sides.
    private static func isSpacedDash(_ tokens: [Token], _ i: Int) -> Bool {
        (tokens[i].text == "-" || tokens[i].text == "\u{2013}") && i > 0 && i + 1 < tokens.count
            && tokens[i - 1].range.upperBound < tokens[i].range.lowerBound && tokens[i].range.upperBound < tokens[i + 1].range.lowerBound
    }

    /// Whether the comma at `i` continues a list of names (`munitions, artillery rounds`, `carrier, the Gerald R. Ford`).
    func continuesList(_ i: Int) -> Bool {
        var j = i + 1
        while j < count, j <= i + 3 {
            if let next = mention(at: j) {
                // `, and Rheinmetall plans …` starts a clause: a list item is followed by a comma, `and`, a preposition or the end.
                let after = next.tokens.upperBound
                // `Russia, which backs Haftar, and Turkey, which backs the GNA`: a name that opens a relative clause of its
                // own after `and` is the subject of another clause, not an item of this list.
                if folded[j - 1] == "and", after + 1 < count, folded[after] == ",", ["which", "who"].contains(folded[after + 1]) { return false }
                guard folded[j - 1] == "and", after < count, tokens[after].kind == .word else { return true }
                return ["and", "or", "to", "with", "of", "in", "from", "for", "on", "at"].contains(folded[after])
            }
            guard ["the", "and", "a", "an", "its", "their", "including", "around", "in", "near"].contains(folded[j]) || tokens[j].kind == .number else { return false }
            j += 1
        }
        return false
    }

    /// The text of tokens `range` of the sentence, joined by single spaces where the source had space.
    func scalars(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}

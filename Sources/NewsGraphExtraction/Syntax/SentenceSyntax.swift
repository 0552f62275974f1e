import NewsGraphSyntax
import NewsGraphText

/// A sentence as syntactic words, with their tags and, once parsed, their
/// tree; tied to the sentence's tokens.
///
/// Words are numbered from 0 here (``heads`` uses -1 for the root); a token
/// the ``WordSplitter`` splits (`don't`, `Russian-made`) owns several words.
public struct SentenceSyntax: Sendable {
    /// Each word's text.
    public let forms: [String]
    /// Each word's token.
    public let tokenOfWord: [Int]
    /// Each word's scalar range in the document.
    public let ranges: [Range<Int>]
    /// The words of each token.
    public let wordsOfToken: [Range<Int>]
    let keys: [WordKey]
    /// Each word's tag number, UPOS and XPOS.
    public let tags: [Int]
    public let upos: [String]
    public let xpos: [String]
    /// Each word's head word (-1 for the root) and relation; empty until ``parse(with:)``.
    public private(set) var heads: [Int] = []
    public private(set) var relations: [String] = []
    /// Each word's dependents, in order; empty until parsed.
    public private(set) var dependents: [[Int]] = []

    /// Splits and tags `sentence`.
    public init(_ sentence: Sentence, analyzer: SyntaxAnalyzer) {
        var forms: [String] = []
        var tokenOfWord: [Int] = []
        var ranges: [Range<Int>] = []
        var wordsOfToken: [Range<Int>] = []
        for (index, token) in sentence.tokens.enumerated() {
            let start = forms.count
            let pieces = WordSplitter.split(token.text)
            if pieces.count == 1 {
                forms.append(token.text)
                tokenOfWord.append(index)
                ranges.append(token.range)
            } else {
                let scalars = Array(token.text.unicodeScalars)
                for piece in pieces {
                    forms.append(String(String.UnicodeScalarView(scalars[piece])))
                    tokenOfWord.append(index)
                    ranges.append((token.range.lowerBound + piece.lowerBound)..<(token.range.lowerBound + piece.upperBound))
                }
            }
            wordsOfToken.append(start..<forms.count)
        }
        self.forms = forms
        self.tokenOfWord = tokenOfWord
        self.ranges = ranges
        self.wordsOfToken = wordsOfToken
        keys = forms.map { WordKey($0) }
        tags = analyzer.tag(keys)
        let model = analyzer.model
        upos = tags.map { model.tags[$0].upos }
        xpos = tags.map { model.tags[$0].xpos }
    }

    /// Splits, tags and parses `sentence`.
    public init(parsing sentence: Sentence, with analyzer: SyntaxAnalyzer) {
        self.init(sentence, analyzer: analyzer)
        parse(with: analyzer)
    }

    public var count: Int { forms.count }
    public var isParsed: Bool { !heads.isEmpty || forms.isEmpty }

    /// Adds the tree.
    public mutating func parse(with analyzer: SyntaxAnalyzer) {
        guard !isParsed else { return }
        let tree = analyzer.parse(keys, tags: tags)
        heads = tree.heads.map { $0 - 1 }
        relations = tree.labels.map { analyzer.model.labels[$0] }
        var dependents = [[Int]](repeating: [], count: forms.count)
        for (word, head) in heads.enumerated() where head >= 0 { dependents[head].append(word) }
        self.dependents = dependents
    }
}

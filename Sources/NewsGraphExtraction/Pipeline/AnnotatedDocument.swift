import NewsGraphCore
import NewsGraphText

/// A document and what the stages have found in it so far.
///
/// Each stage reads some of the annotations and adds others (see each
/// stage's doc comment). Mentions are kept per sentence, sorted by first token.
struct AnnotatedDocument: Sendable {
    let document: Document
    /// Each sentence's tokens folded for lexicon lookup (see ``LexiconKey/fold(_:)``).
    let folded: [[String]]
    /// Mentions per sentence, sorted by first token, not overlapping.
    var mentions: [[Mention]]
    /// Entities by key, after coreference.
    var entities: [String: Entity] = [:]
    var facts: [Fact] = []
    var statements: [StatementFact] = []
    /// Named weapons a category word was seen in apposition with, by the category's canonical name.
    var categoryLinks: [String: Mention] = [:]
    /// Category words that were seen with more than one named weapon.
    var ambiguousCategories: Set<String> = []
    /// Category words seen in apposition with a name (`the destroyer USS Laboon`), which link in the singular too.
    var appositionCategories: Set<String> = []
    /// Ministries implied by a country and a title (`Russian Defence Minister`), by the title's position: entity keys.
    var titleBodies: [TitleKey: String] = [:]
    /// Sentences that are not article text (datelines, navigation), to be skipped.
    var skipped: Set<Int> = []
    /// The words, tags and tree of each sentence that ``SyntaxParser`` parsed; nil for the others.
    var syntax: [SentenceSyntax?]

    init(_ document: Document) {
        self.document = document
        folded = document.sentences.map { $0.tokens.map { LexiconKey.fold($0.text) } }
        mentions = Array(repeating: [], count: document.sentences.count)
        syntax = Array(repeating: nil, count: document.sentences.count)
    }

    func tokens(_ sentence: Int) -> [Token] { document.sentences[sentence].tokens }

    /// The mention covering token `index` of `sentence`, if any.
    func mention(at index: Int, in sentence: Int) -> Mention? {
        mentions[sentence].first { $0.tokens.contains(index) }
    }

    /// The position of the mention covering token `index`, if any.
    func mentionPosition(at index: Int, in sentence: Int) -> Int? {
        mentions[sentence].firstIndex { $0.tokens.contains(index) }
    }

    /// Adds a mention unless it overlaps one already there; keeps the order.
    mutating func add(_ mention: Mention) {
        var list = mentions[mention.sentence]
        guard !list.contains(where: { $0.tokens.overlaps(mention.tokens) }) else { return }
        let at = list.firstIndex { $0.tokens.lowerBound > mention.tokens.lowerBound } ?? list.count
        list.insert(mention, at: at)
        mentions[mention.sentence] = list
    }

    /// Replaces the mentions overlapping `mention` with it.
    mutating func replace(with mention: Mention) {
        mentions[mention.sentence].removeAll { $0.tokens.overlaps(mention.tokens) }
        add(mention)
    }

    /// The text of tokens `range` of `sentence`, as written.
    func text(_ sentence: Int, _ range: Range<Int>) -> String {
        let tokens = tokens(sentence)
        guard !range.isEmpty else { return "" }
        return document.text(in: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The scalar range of tokens `range` of `sentence`.
    func scalars(_ sentence: Int, _ range: Range<Int>) -> Range<Int> {
        let tokens = tokens(sentence)
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    /// A name no lexicon knows over tokens `range` of `sentence`, typed by its context and named as written.
    func name(_ sentence: Int, _ range: Range<Int>, _ type: NodeType, _ kind: String?) -> Mention {
        let text = text(sentence, range)
        return Mention(
            sentence: sentence, tokens: range, range: scalars(sentence, range), text: text, type: type, kind: kind, role: .name, source: .pattern,
            canonical: text)
    }

    /// `mention` over tokens `range` of `sentence` (its own by default), with those tokens' scalars and text.
    func mention(_ mention: Mention, spanning range: Range<Int>, in sentence: Int? = nil) -> Mention {
        var moved = mention
        moved.sentence = sentence ?? mention.sentence
        moved.tokens = range
        moved.range = scalars(moved.sentence, range)
        moved.text = text(moved.sentence, range)
        return moved
    }
}

/// A step of the extraction pipeline: reads some annotations, adds others.
protocol ExtractionStage: Sendable {
    func run(_ document: inout AnnotatedDocument)
}

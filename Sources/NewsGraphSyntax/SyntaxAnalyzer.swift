/// Tags and parses sentences given as words: the tagger, then the parser.
///
///     let analysis = SyntaxAnalyzer(model: model).analyze(["Germany", "sent", "tanks", "."])
///     // analysis.upos == ["PROPN", "VERB", "NOUN", "PUNCT"]
///     // analysis.heads == [2, 0, 2, 2]; analysis.relations == ["nsubj", "root", "obj", "punct"]
public struct SyntaxAnalyzer: Sendable {
    public let model: SyntaxModel
    private let tagger: Tagger
    private let parser: DependencyParser

    /// `beamWidth` overrides the width the model was trained with (1: greedy, fastest).
    public init(model: SyntaxModel, beamWidth: Int? = nil) {
        self.model = model
        tagger = Tagger(model: model)
        parser = DependencyParser(model: model, beamWidth: beamWidth)
    }

    /// One sentence's tags and tree, word 1 first.
    public struct Analysis: Sendable, Equatable {
        /// Tag numbers of the model (see ``SyntaxModel/tags``).
        public var tags: [Int]
        public var upos: [String]
        public var xpos: [String]
        /// Each word's head (1-based; 0 is the root).
        public var heads: [Int]
        /// Relation numbers of the model (see ``SyntaxModel/labels``).
        public var labels: [Int]
        public var relations: [String]
    }

    public func analyze(_ forms: [String]) -> Analysis {
        analyze(keys: forms.map { WordKey($0) })
    }

    /// Tag numbers of the words (see ``SyntaxModel/tags``).
    public func tag(_ keys: [WordKey]) -> [Int] {
        tagger.tags(of: keys)
    }

    /// The tree of tagged words.
    public func parse(_ keys: [WordKey], tags: [Int]) -> DependencyParser.Tree {
        parser.parse(keys, tags: tags)
    }

    public func analyze(keys: [WordKey]) -> Analysis {
        let tags = tagger.tags(of: keys)
        let tree = parser.parse(keys, tags: tags)
        return Analysis(
            tags: tags,
            upos: tags.map { model.tags[$0].upos },
            xpos: tags.map { model.tags[$0].xpos },
            heads: tree.heads,
            labels: tree.labels,
            relations: tree.labels.map { model.labels[$0] })
    }

    /// Fills in UPOS, XPOS, HEAD and DEPREL of every word, keeping the rest.
    public func annotate(_ sentence: inout CoNLLU.Sentence) {
        let analysis = analyze(sentence.words.map(\.form))
        for i in sentence.words.indices {
            sentence.words[i].upos = analysis.upos[i]
            sentence.words[i].xpos = analysis.xpos[i]
            sentence.words[i].head = analysis.heads[i]
            sentence.words[i].deprel = analysis.relations[i]
        }
    }
}

import NewsGraphCore
import NewsGraphSyntax
import NewsGraphText

/// Reads a news article like an analyst: finds actors, weapon systems,
/// places and statements, and the relations between them.
///
///     let document = DocumentReader().read(bytes: Array("Germany sent IRIS-T to Ukraine.".utf8), source: "a.txt")
///     let graph = try Extractor().extract(document)
///     // nodes: Germany (Actor), IRIS-T SLM (WeaponSystem), Ukraine (Actor)
///     // edges: Germany supplies IRIS-T SLM, Germany arms Ukraine
///
/// For many articles, add each into one ``GraphBuilder`` with
/// ``extract(_:into:)``: memory then holds only the graph.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// The parser's beam during extraction.
    public static let beamWidth = 1
    private let stages: [any ExtractionStage]

    /// Extraction with `lexicon` and the syntax model (the built-in one by
    /// default; without one, relations and statements are read from the word
    /// sequence alone).
    public init(lexicon: Lexicon = .builtIn, syntax: SyntaxModel? = try? SyntaxModel.builtIn.get()) {
        self.lexicon = lexicon
        // Extraction decodes greedily: the few sentences it parses gain little from a beam, and speed matters on corpora.
        let analyzer = syntax.map { SyntaxAnalyzer(model: $0, beamWidth: Extractor.beamWidth) }
        stages = [ChromeFilter(),
            LexiconTagger(lexicon: lexicon), PersonNameFinder(lexicon: lexicon), NameFinder(lexicon: lexicon), CompassPlaceJoiner(), FacilityNameJoiner(),
            BodyFinder(lexicon: lexicon), OrganizationNameJoiner(lexicon: lexicon),
            CapitalResolver(lexicon: lexicon), WeaponPhraseJoiner(), AcronymLinker(), ReferenceFinder(),
            CoreferenceResolver(), OwnCountryFinder(),
            RelationExtractor(analyzer: analyzer, lexicon: lexicon), StatementExtractor(analyzer: analyzer),
        ]
    }

    /// The graph of one article.
    ///
    /// - Throws: ``GraphError`` if the parts do not form a graph (a bug; ids are valid by construction).
    public func extract(_ document: Document) throws -> Graph {
        var builder = GraphBuilder()
        extract(document, into: &builder)
        return try builder.build()
    }

    /// Adds the article's nodes and edges to `builder`, merging with what is there.
    public func extract(_ document: Document, into builder: inout GraphBuilder) {
        GraphAssembler().add(annotate(document), to: &builder)
    }

    /// Runs the stages.
    func annotate(_ document: Document) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document)
        for stage in stages { stage.run(&annotated) }
        return annotated
    }
}

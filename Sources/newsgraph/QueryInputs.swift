import NewsGraphCore
import NewsGraphExtraction
import NewsGraphFormats
import NewsGraphQuery

/// The inputs of `newsgraph query`: graph files, read as they are, and
/// articles, extracted on the fly; all merged into one graph.
struct QueryInputs {
    let graphFiles: [String]
    let articles: [String]
    let lexicon: [String]

    init(paths: [String], lexicon: [String]) {
        let isGraph: (String) -> Bool = { path in GraphFormat(path: path).map { $0 != .dot } ?? false }
        graphFiles = paths.filter(isGraph)
        articles = paths.filter { !isGraph($0) }
        self.lexicon = lexicon
    }

    /// Everything as one graph, for plain questions.
    func graph() throws -> Graph {
        guard !articles.isEmpty else { return try QueryLoader().graph(paths: graphFiles) }
        let extractor = Extractor(lexicon: try LexiconOption.load(lexicon))
        var builder = GraphBuilder()
        if !graphFiles.isEmpty { builder.add(try QueryLoader().graph(paths: graphFiles)) }
        var inputs = ArticleInputs()
        for path in articles {
            try inputs.forEachDocument(in: path) { extractor.extract($0, into: &builder) }
        }
        return try builder.build()
    }

    /// Everything as RDF, for SPARQL: the triples of the Turtle export.
    func store() throws -> TripleStore {
        guard !articles.isEmpty else { return try QueryLoader().store(paths: graphFiles) }
        return TripleStore(RDFMapping().triples(try graph()))
    }
}

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
        var discovery = InputDiscovery()
        let inputs = discovery.inputs(articles)
        let log = CorpusLog(strict: true, showsProgress: false, expectedArticles: nil, expectedBytes: nil)
        let extraction = CorpusExtraction(
            extractor: extractor, jobs: CorpusOptions.cores, maxEvidence: nil, maximumArticleBytes: InputFile.maximumSize,
            standardInputIsJSONLines: false)
        let extracted: Graph
        do {
            for problem in discovery.problems { try log.problem(problem) }
            extracted = try extraction.run(inputs, log: log)
        } catch let stop as CorpusLog.StrictStop {
            throw CLIError(stop.description)
        }
        guard !graphFiles.isEmpty else { return extracted }
        var merge = GraphMerge()
        try merge.add(try QueryLoader().graph(paths: graphFiles), from: graphFiles.joined(separator: ", "))
        try merge.add(extracted, from: articles.joined(separator: ", "))
        return try merge.result()
    }

    /// Everything as RDF, for SPARQL: the triples of the Turtle export.
    func store() throws -> TripleStore {
        guard !articles.isEmpty else { return try QueryLoader().store(paths: graphFiles) }
        return TripleStore(RDFMapping().triples(try graph()))
    }
}

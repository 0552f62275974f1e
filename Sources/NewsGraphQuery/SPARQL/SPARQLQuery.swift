import NewsGraphFormats

/// A parsed SPARQL 1.1 query, to run over a ``TripleStore``.
///
///     let query = try SPARQLQuery("SELECT ?s WHERE { ?s a <http://example.org/Actor> }")
///     let result = query.run(on: store)   // .table(ResultTable(columns: ["s"], rows: ...))
public struct SPARQLQuery: Sendable {
    let query: Query

    /// Parses `text`.
    ///
    /// - Throws: ``SPARQLError`` with the line and column of the first problem.
    public init(_ text: String) throws {
        query = try SPARQLParser.parse(text)
    }

    /// The column names of a SELECT query; empty for ASK.
    public var columns: [String] {
        if case .select(let names, _) = query.form { return names }
        return []
    }

    /// Evaluates the query over `store`.
    public func run(on store: TripleStore) -> QueryResult {
        QueryEvaluator(query: query, store: store).run()
    }
}

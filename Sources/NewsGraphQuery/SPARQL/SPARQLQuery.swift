import NewsGraphFormats

/// A parsed SPARQL 1.1 query, to run over a ``TripleStore``.
///
///     let query = try SPARQLQuery("SELECT ?s WHERE { ?s a <http://example.org/Actor> }")
///     let result = query.run(on: store)   // .table(ResultTable(columns: ["s"], rows: ...))
///
/// Limits that hold for any query text, each an error with its line and
/// column rather than a stack overflow: ``maximumDepth`` levels of nesting,
/// ``maximumVariables`` variables, ``maximumPrefixes`` prefix names, and
/// Turtle's ``TurtleParser/maximumTokenLength`` for one IRI or literal.
public struct SPARQLQuery: Sendable {
    /// How deeply a query may nest: each group `{`, parenthesis, function
    /// call, unary operator, `[` or `(` in a pattern counts one level, and so
    /// does each further operand of `&&`, `||`, `+`, `*`, ... and each further
    /// element (pattern block, FILTER, OPTIONAL, UNION branch, ...) of a group.
    public static let maximumDepth = 256
    /// How many variables a query may use, counting the hidden ones that
    /// blank nodes and aggregates take.
    public static let maximumVariables = 1_000
    /// How many different prefix names a query may declare.
    public static let maximumPrefixes = 1_000

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

import NewsGraphFormats

/// Rows of an answer: named columns and, per row, a term or nil (unbound) per column.
public struct ResultTable: Equatable, Sendable {
    public var columns: [String]
    public var rows: [[RDFTerm?]]

    public init(columns: [String], rows: [[RDFTerm?]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// The answer to a SPARQL query: a table (SELECT) or a boolean (ASK).
public enum QueryResult: Equatable, Sendable {
    case table(ResultTable)
    case boolean(Bool)
}

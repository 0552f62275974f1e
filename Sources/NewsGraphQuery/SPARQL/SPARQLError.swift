/// Why a SPARQL query could not be read or run, and where.
///
///     query:2:14: expected '}' to close the group, found 'FILTR'
public struct SPARQLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// 1-based line in the query text (0 for errors found while running).
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(_ message: String, line: Int = 0, column: Int = 0) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        line > 0 ? "query:\(line):\(column): \(message)" : "query: \(message)"
    }
}

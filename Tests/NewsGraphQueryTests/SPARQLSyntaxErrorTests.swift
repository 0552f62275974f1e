import Testing

@testable import NewsGraphQuery

/// Syntax errors point at the line and column of the offending token.
struct SPARQLSyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var query: String
        var line: Int
        var column: Int
        var mentions: String
        var description: String { mentions }
    }

    static let cases: [Case] = [
        Case(query: "SELECT ?s WHERE { ?s ?p ?o", line: 1, column: 27, mentions: "'}'"),
        Case(query: "SELECT ?s\nWHERE {\n  ?s ex:p ?o }", line: 3, column: 6, mentions: "undefined prefix 'ex:'"),
        Case(query: "SELECT ?s WHERE {\n ?s ?p ?o .\n FILTR(?o) }", line: 3, column: 2, mentions: "FILTR"),
        Case(query: "SELEKT ?s WHERE { ?s ?p ?o }", line: 1, column: 1, mentions: "expected SELECT or ASK"),
        Case(query: "SELECT ?s WHERE { ?s ?p \"open }", line: 1, column: 25, mentions: "string not closed"),
        Case(query: "SELECT (COUNT(?s) ?n) WHERE { ?s ?p ?o }", line: 1, column: 19, mentions: "expected AS"),
        Case(query: "SELECT ?s WHERE { ?s ?p ?o } LIMIT ten", line: 1, column: 36, mentions: "whole number"),
        Case(query: "SELECT ?s WHERE { ?s ?p ?o FILTER(?o > ) }", line: 1, column: 40, mentions: "expected an expression"),
        Case(query: "SELECT ?s WHERE { ?s ?p ?o FILTER(COUNT(?o) > 1) }", line: 1, column: 35, mentions: "aggregates"),
        Case(query: "SELECT ?s ?o WHERE { ?s ?p ?o } GROUP BY ?s", line: 1, column: 1, mentions: "neither grouped nor aggregated"),
    ]

    @Test(arguments: cases)
    func pointsAtTheProblem(_ testCase: Case) {
        do {
            _ = try SPARQLQuery(testCase.query)
            Issue.record("accepted: \(testCase.query)")
        } catch let error as SPARQLError {
            #expect(error.line == testCase.line && error.column == testCase.column, "\(error)")
            #expect(error.description.contains(testCase.mentions), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

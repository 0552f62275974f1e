import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

/// The documented limits of the Turtle and SPARQL parsers: each passed limit
/// is an error with the file, line and column, never a stack overflow.
struct ParserLimitTests {
    /// The error parsing `text` throws, if it is a `TurtleError`.
    static func turtleError(_ text: String) -> TurtleError? {
        do {
            _ = try TurtleParser().parse(Array(text.utf8), file: "in.ttl")
            return nil
        } catch {
            return error as? TurtleError
        }
    }

    static func sparqlError(_ text: String) -> SPARQLError? {
        do {
            _ = try SPARQLQuery(text)
            return nil
        } catch {
            return error as? SPARQLError
        }
    }

    static let ex = "@prefix ex: <http://example.org/> .\n"

    @Test("100,000 nested blank node property lists or collections stop at 256, at the bracket", arguments: ["[ ex:p ", "("])
    func deepTurtle(opener: String) throws {
        let closer = opener == "(" ? ")" : "]"
        let text = Self.ex + "ex:a ex:b " + String(repeating: opener, count: 100_000) + String(repeating: closer, count: 100_000) + " ."
        let error = try #require(Self.turtleError(text))
        #expect(error.file == "in.ttl" && error.line == 2)
        #expect(error.column == 11 + TurtleParser.maximumDepth * opener.count)
        #expect(error.message.contains("nest deeper than 256 levels"))
        // At the limit it parses.
        let fits = Self.ex + "ex:a ex:b " + String(repeating: opener, count: 256) + "ex:c"
            + String(repeating: closer, count: 256) + " ."
        #expect(Self.turtleError(fits) == nil)
    }

    @Test("a literal longer than 16 MiB is an error at its start")
    func longLiteral() throws {
        let text = Self.ex + "ex:a ex:b \"" + String(repeating: "x", count: TurtleParser.maximumTokenLength) + "\" ."
        let error = try #require(Self.turtleError(text))
        #expect(error.line == 2 && error.column == 11 && error.message.contains("longer than the limit of 16777216"))
    }

    @Test("more than 10,000 prefix names is an error at the one past the limit")
    func manyPrefixes() throws {
        var text = ""
        for number in 0...TurtleParser.maximumPrefixes { text += "@prefix p\(number): <http://example.org/\(number)/> .\n" }
        let error = try #require(Self.turtleError(text))
        #expect(error.line == TurtleParser.maximumPrefixes + 1 && error.message.contains("more than 10000 prefix names"))
        // Declaring the same prefix again is no new name.
        #expect(Self.turtleError(String(repeating: "@prefix p: <http://example.org/> .\n", count: 20_000)) == nil)
    }

    /// Queries that nest 100,000 levels in each way the grammar allows.
    static let deepQueries: [(String, String)] = [
        ("groups", "SELECT * WHERE " + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000)),
        ("parentheses", "SELECT * WHERE { FILTER(" + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + ") }"),
        ("unary minus", "SELECT * WHERE { FILTER(" + String(repeating: "-", count: 100_000) + "1) }"),
        ("a chain of additions", "SELECT * WHERE { FILTER(1" + String(repeating: " + 1", count: 100_000) + ") }"),
        ("a chain of ands", "SELECT * WHERE { FILTER(true" + String(repeating: " && true", count: 100_000) + ") }"),
        ("function calls", "SELECT * WHERE { FILTER(" + String(repeating: "STR(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + ") }"),
        ("filters in one group", "SELECT * WHERE { " + String(repeating: "FILTER(true) ", count: 100_000) + "}"),
        ("unions", "SELECT * WHERE { {}" + String(repeating: " UNION {}", count: 100_000) + " }"),
        ("blank node patterns", "SELECT * WHERE { ?s ?p " + String(repeating: "[ ?p ", count: 100_000) + String(repeating: "]", count: 100_000) + " }"),
        ("collections", "SELECT * WHERE { ?s ?p " + String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000) + " }"),
    ]

    @Test("100,000 levels of nesting in a query stop at 256, with line and column", arguments: deepQueries.map(\.0))
    func deepQuery(kind: String) throws {
        let query = try #require(Self.deepQueries.first { $0.0 == kind }?.1)
        let error = try #require(Self.sparqlError(query))
        #expect(error.line == 1 && error.column > 15)
        #expect(error.message.contains("nests deeper than 256 levels"))
    }

    @Test("a query of ordinary depth parses", arguments: [
        "SELECT * WHERE { { { ?s ?p ?o } UNION { ?o ?p ?s } } FILTER(-(1 + 2) * 3 < 4 && STR(?s) != \"x\") }",
        "SELECT * WHERE { ?s ?p [ ?q ( 1 2 [ ?r ?o ] ) ] }",
        "SELECT * WHERE { ?s ?p ?o " + String(repeating: "FILTER(true) ", count: 200) + "}",
    ])
    func ordinaryDepth(query: String) {
        #expect(Self.sparqlError(query) == nil)
    }

    @Test("more than 1,000 variables is an error at the first one past the limit")
    func manyVariables() throws {
        let names = (0...SPARQLQuery.maximumVariables).map { "?v\($0)" }
        let query = "SELECT * WHERE {\n" + names.map { "?s ?p \($0) ." }.joined(separator: "\n") + "\n}"
        let error = try #require(Self.sparqlError(query))
        // ?s and ?p are two: ?v998, on line 1000, is the 1001st.
        #expect(error.line == SPARQLQuery.maximumVariables)
        #expect(error.message.contains("more than 1000 variables"))
        #expect(Self.sparqlError("SELECT * WHERE {\n" + names.dropLast(3).map { "?s ?p \($0) ." }.joined(separator: "\n") + "\n}") == nil)
    }

    @Test("more than 1,000 prefix names is an error at the one past the limit")
    func manyQueryPrefixes() throws {
        let prologue = (0...SPARQLQuery.maximumPrefixes).map { "PREFIX p\($0): <http://example.org/\($0)/>" }
        let error = try #require(Self.sparqlError(prologue.joined(separator: "\n") + "\nASK {}"))
        #expect(error.line == SPARQLQuery.maximumPrefixes + 1 && error.message.contains("more than 1000 prefix names"))
    }
}

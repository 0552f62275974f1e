import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

struct TurtleParserTests {
    struct Case: Sendable, CustomStringConvertible {
        var turtle: String
        var expected: [Triple]
        var description: String { turtle }
    }

    static let ex = "http://example.org/"

    static let cases: [Case] = [
        Case(turtle: "@prefix ex: <http://example.org/> . ex:a ex:b ex:c .",
            expected: [Triple(.iri(ex + "a"), .iri(ex + "b"), .iri(ex + "c"))]),
        Case(turtle: "BASE <http://example.org/x/> <../a> <b> \"\"\"two\nlines\"\"\" .",
            expected: [Triple(.iri(ex + "a"), .iri(ex + "x/b"), .string("two\nlines"))]),
        Case(turtle: "PREFIX ex: <http://example.org/> ex:a ex:n -1.5e3, +7, .5, false .",
            expected: [
                Triple(.iri(ex + "a"), .iri(ex + "n"), .literal("-1.5e3", datatype: Vocabulary.double, language: nil)),
                Triple(.iri(ex + "a"), .iri(ex + "n"), .literal("+7", datatype: RDFTerm.xsdInteger, language: nil)),
                Triple(.iri(ex + "a"), .iri(ex + "n"), .literal(".5", datatype: Vocabulary.decimal, language: nil)),
                Triple(.iri(ex + "a"), .iri(ex + "n"), .literal("false", datatype: Vocabulary.boolean, language: nil)),
            ]),
        Case(turtle: "@prefix ex: <http://example.org/> . ex:a\\-b ex:c 'x\\u00E9\\U0001F600'@EN-gb .",
            expected: [Triple(.iri(ex + "a-b"), .iri(ex + "c"), .text("xé😀", language: "en-gb"))]),
    ]

    @Test(arguments: cases)
    func parses(_ testCase: Case) throws {
        #expect(try TurtleParser().parse(Array(testCase.turtle.utf8)) == testCase.expected)
    }

    struct ErrorCase: Sendable, CustomStringConvertible {
        var turtle: String
        var line: Int
        var column: Int
        var description: String { turtle }
    }

    static let errors: [ErrorCase] = [
        ErrorCase(turtle: "<a> <b> <c>", line: 1, column: 12),
        ErrorCase(turtle: "<http://a> <http://b>\n  ex:c .", line: 2, column: 3),
        ErrorCase(turtle: "<http://a> <http://b> \"é\n\" .", line: 1, column: 25),
        ErrorCase(turtle: "<http://a> <http://b> <http://c> ;; , .", line: 1, column: 37),
    ]

    @Test(arguments: errors)
    func reportsLineAndColumn(_ testCase: ErrorCase) {
        do {
            _ = try TurtleParser().parse(Array(testCase.turtle.utf8), file: "t.ttl")
            Issue.record("accepted \(testCase.turtle)")
        } catch let error as TurtleError {
            #expect((error.line, error.column) == (testCase.line, testCase.column), "\(error)")
            #expect(error.description.hasPrefix("t.ttl:\(testCase.line):\(testCase.column): "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func isomorphismTellsGraphsApart() {
        let a = [Triple(.blank("x"), .iri("p"), .blank("y")), Triple(.blank("y"), .iri("p"), .blank("x"))]
        let b = [Triple(.blank("m"), .iri("p"), .blank("n")), Triple(.blank("n"), .iri("p"), .blank("m"))]
        let c = [Triple(.blank("m"), .iri("p"), .blank("n")), Triple(.blank("n"), .iri("p"), .blank("n"))]
        #expect(Isomorphism.isomorphic(a, b))
        #expect(!Isomorphism.isomorphic(a, c))
        #expect(!Isomorphism.isomorphic([Triple(.iri("s"), .iri("p"), .string("1"))], [Triple(.iri("s"), .iri("p"), .integer(1))]))
    }
}

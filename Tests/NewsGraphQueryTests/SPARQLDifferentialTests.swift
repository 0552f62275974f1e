import Foundation
import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

/// Runs every query of ``SPARQLCases`` through newsgraph and through
/// pyoxigraph on the same Turtle file and requires the same answers: the
/// same multiset of rows, in the same order where ORDER BY fixes it.
struct SPARQLDifferentialTests {
    static var fixtures: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures") }

    /// A row as comparable text: variable=term pairs, sorted by variable.
    static func canonical(_ row: [String: [String]]) -> String {
        row.sorted { $0.key < $1.key }.map { "\($0.key)=\(numericValue($0.value).joined(separator: "\u{1}"))" }
            .joined(separator: "\u{2}")
    }

    /// Numeric literals by value: Oxigraph stores `"3.0"^^xsd:decimal` as
    /// `"3"` and `"15"^^xsd:int` as an `xsd:integer`, so lexical forms and
    /// integer subtypes are compared as the number they denote.
    static func numericValue(_ parts: [String]) -> [String] {
        let xsd = "http://www.w3.org/2001/XMLSchema#"
        guard parts.count == 4, parts[0] == "literal", parts[2].hasPrefix(xsd) else { return parts }
        let type = String(parts[2].dropFirst(xsd.count))
        if ["int", "integer", "long", "short", "byte"].contains(type), let value = Int(parts[1]) {
            return ["integer", String(value)]
        }
        if type == "decimal", let value = Double(parts[1]) { return ["decimal", String(value)] }
        return parts
    }

    static func parts(_ term: RDFTerm) -> [String] {
        switch term {
        case .iri(let iri): ["iri", iri]
        case .blank: ["blank"]
        case .literal(let text, let datatype, let language): ["literal", text, datatype, language ?? ""]
        }
    }

    static func ours(_ result: QueryResult) -> Oxigraph.Answer {
        switch result {
        case .boolean(let value): return Oxigraph.Answer(boolean: value)
        case .table(let table):
            let rows = table.rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(table.columns, row).compactMap { name, term in term.map { (name, parts($0)) } })
            }
            return Oxigraph.Answer(rows: rows)
        }
    }

    static func store(_ path: String) throws -> TripleStore {
        TripleStore(try TurtleParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    /// The news queries again, over Turtle that ``TurtleWriter`` wrote from a real graph.
    @Test func sameAnswersOverWrittenTurtle() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).ttl").path
        try Data(try RoundTripTests.turtle(try QuestionGraphs.news())).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try compare(SPARQLCases.news, path: path, requireRows: false)
    }

    @Test func queryCountMeetsTheRequirement() {
        #expect(SPARQLCases.all.count >= 40)
    }

    @Test(arguments: ["news.ttl", "datatypes.ttl"])
    func sameAnswersAsOxigraph(fixture: String) throws {
        let cases = SPARQLCases.all.filter { $0.fixture == fixture }
        try compare(cases, path: Self.fixtures.appendingPathComponent(fixture).path, requireRows: true)
    }

    private func compare(_ cases: [SPARQLCase], path: String, requireRows: Bool) throws {
        let texts = cases.map { SPARQLCases.prefixes + $0.query }
        guard let expected = try Oxigraph.answers(file: path, queries: texts) else { return }
        let store = try Self.store(path)
        for (index, testCase) in cases.enumerated() {
            let reference = expected[index]
            if let error = reference.error {
                Issue.record("pyoxigraph rejected \(testCase.name): \(error)")
                continue
            }
            let actual = Self.ours(try SPARQLQuery(texts[index]).run(on: store))
            #expect(actual.boolean == reference.boolean, "\(testCase.name)")
            let mine = (actual.rows ?? []).map(Self.canonical)
            let theirs = (reference.rows ?? []).map(Self.canonical)
            if testCase.ordered {
                #expect(mine == theirs, "\(testCase.name): \(testCase.query)")
            } else {
                #expect(mine.sorted() == theirs.sorted(), "\(testCase.name): \(testCase.query)")
            }
            #expect(!requireRows || reference.boolean != nil || !(reference.rows ?? []).isEmpty || testCase.expectsEmpty,
                "\(testCase.name) answers nothing: the case tests little")
        }
    }
}

extension Oxigraph.Answer {
    init(boolean: Bool? = nil, rows: [[String: [String]]]? = nil) {
        self.boolean = boolean
        self.rows = rows
        self.error = nil
    }
}

import Foundation
import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

struct ResultWriterTests {
    static let table = ResultTable(
        columns: ["name", "n", "note"],
        rows: [
            [.string("Germany"), .integer(2), .text("a \"quoted\", tab\there", language: "en")],
            [.iri("https://newsgraph.dev/id/actor.iran"), nil, .string("line\nbreak")],
        ])

    static func render(_ result: QueryResult, _ format: ResultFormat, _ style: ResultWriter.Style = .sparql) throws -> String {
        let sink = ByteSink.memory()
        try ResultWriter(format: format, style: style).write(result, to: sink)
        try sink.flush()
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    static let golden: [(ResultFormat, ResultWriter.Style, String)] = [
        (.table, .plain, """
            name                                 n  note
            -----------------------------------  -  --------------------
            Germany                              2  a "quoted", tab here
            https://newsgraph.dev/id/actor.iran     line break

            """),
        (.tsv, .plain, "name\tn\tnote\nGermany\t2\ta \"quoted\", tab\\there\nhttps://newsgraph.dev/id/actor.iran\t\tline\\nbreak\n"),
        (.tsv, .sparql, "?name\t?n\t?note\n\"Germany\"\t\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>\t\"a \\\"quoted\\\", tab\\there\"@en\n<https://newsgraph.dev/id/actor.iran>\t\t\"line\\nbreak\"\n"),
        (.csv, .plain, "name,n,note\r\nGermany,2,\"a \"\"quoted\"\", tab\there\"\r\nhttps://newsgraph.dev/id/actor.iran,,\"line\nbreak\"\r\n"),
        (.json, .plain, "{\"columns\":[\"name\",\"n\",\"note\"],\"rows\":[\n{\"name\":\"Germany\",\"n\":\"2\",\"note\":\"a \\\"quoted\\\", tab\\there\"},\n{\"name\":\"https://newsgraph.dev/id/actor.iran\",\"note\":\"line\\nbreak\"}\n]}\n"),
    ]

    @Test(arguments: 0..<golden.count)
    func writesTheGoldenOutput(_ index: Int) throws {
        let (format, style, expected) = Self.golden[index]
        #expect(try Self.render(.table(Self.table), format, style) == expected)
    }

    @Test func emptyAnswersKeepTheirHeader() throws {
        let empty = QueryResult.table(ResultTable(columns: ["subject", "object"], rows: []))
        #expect(try Self.render(empty, .table, .plain) == "subject  object\n-------  ------\n")
        #expect(try Self.render(empty, .csv) == "subject,object\r\n")
        #expect(try Self.render(.boolean(true), .json) == "{\"head\":{},\"boolean\":true}\n")
    }

    /// rdflib reads the SPARQL JSON, TSV and CSV results back to the same values.
    @Test(arguments: [ResultFormat.json, .tsv, .csv])
    func rdflibReadsSPARQLResults(_ format: ResultFormat) throws {
        let output = try Self.render(.table(Self.table), format)
        let script = """
            import sys, io
            from rdflib.query import Result
            result = Result.parse(io.StringIO(sys.stdin.read()), format=sys.argv[1])
            for row in result:
                print("|".join("" if v is None else str(v).replace("\\n", "\\\\n").replace("\\t", "\\\\t") for v in row))
            """
        guard let lines = try PythonRunner.run(script, modules: ["rdflib"], arguments: [format.rawValue], input: output) else { return }
        #expect(lines == "Germany|2|a \"quoted\", tab\\there\nhttps://newsgraph.dev/id/actor.iran||line\\nbreak\n")
    }
}

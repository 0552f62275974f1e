import Foundation
import Testing

@Suite struct QueryCommandTests {
    /// The example article extracted once into each readable format.
    static let graphs: [String: String] = {
        var paths: [String: String] = [:]
        guard let folder = try? CLI.temporaryDirectory() else { return paths }
        for ext in ["json", "graphml", "ttl"] {
            let path = folder.appendingPathComponent("graph.\(ext)").path
            if (try? CLI.run(["extract", CLI.exampleArticle, "-o", path]))?.status == 0 { paths[ext] = path }
        }
        return paths
    }()

    @Test(arguments: ["json", "graphml", "ttl"])
    func answersWhatTheUSSuppliesFromEveryFormat(ext: String) throws {
        let graph = try #require(Self.graphs[ext])
        let run = try CLI.run(["query", graph, "--subject", "us", "--relation", "supplies", "--output-format", "tsv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("subject\trelation\tobject") == true)
        #expect(lines.contains { $0.hasPrefix("United States\tsupplies\tIron Dome") })
    }

    @Test func answersStraightFromAnArticle() throws {
        let run = try CLI.run(["query", CLI.exampleArticle, "--statements", "--speaker", "Kirby", "--output-format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("John Kirby"))
        #expect(run.stdout.contains("contingency plans"))
    }

    @Test func noMatchGivesAHeaderAndExitZero() throws {
        let graph = try #require(Self.graphs["json"])
        let run = try CLI.run(["query", graph, "--subject", "Israel", "--relation", "made_by", "--output-format", "tsv"])
        #expect(run.status == 0)
        #expect(run.stdout == "subject\trelation\tobject\tmentions\n")
    }

    @Test func unknownNamesGetASuggestion() throws {
        let graph = try #require(Self.graphs["json"])
        let run = try CLI.run(["query", graph, "--subject", "Untied States"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("did you mean 'United States'"))
    }

    @Test func sparqlOverTheTurtleAndOverJSONAgree() throws {
        let query = """
            PREFIX rel: <https://newsgraph.dev/ns/relation#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?weapon WHERE { ?s rel:supplies ?w . ?s rdfs:label "United States" . ?w rdfs:label ?weapon } ORDER BY ?weapon
            """
        let fromTurtle = try CLI.run(["query", try #require(Self.graphs["ttl"]), "--sparql", query, "--output-format", "json"])
        let fromJSON = try CLI.run(["query", try #require(Self.graphs["json"]), "--sparql", query, "--output-format", "json"])
        #expect(fromTurtle.status == 0, "\(fromTurtle.stderr)")
        #expect(fromTurtle.stdout == fromJSON.stdout)
        #expect(fromTurtle.stdout.contains("\"Iron Dome\""))
    }

    @Test func sparqlSyntaxErrorsPointAtLineAndColumn() throws {
        let graph = try #require(Self.graphs["ttl"])
        let run = try CLI.run(["query", graph, "--sparql", "SELECT ?x\nWHERE { ?x ?y }"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("2:"), "\(run.stderr)")
    }

    @Test func convertRoundTripsByteIdentically() throws {
        let folder = try CLI.temporaryDirectory()
        let json = try #require(Self.graphs["json"])
        let graphml = folder.appendingPathComponent("a.graphml").path
        let back = folder.appendingPathComponent("b.json").path
        #expect(try CLI.run(["convert", json, "-o", graphml]).status == 0)
        #expect(try CLI.run(["convert", graphml, "-o", back]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(contentsOf: URL(fileURLWithPath: back)))
    }

    @Test func convertRefusesADoctypeNamingTheFile() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("evil.graphml")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&xxe;"/></graph></graphml>
            """.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json").path
        let run = try CLI.run(["convert", file.path, "-o", output])
        #expect(run.status != 0)
        #expect(run.stderr.contains("evil.graphml"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func helpShowsExamples() throws {
        for command in ["query", "convert"] {
            let run = try CLI.run([command, "--help"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("newsgraph \(command) "))
        }
    }
}

import Foundation
import NewsGraphCore
import NewsGraphFormats
import Testing

@testable import NewsGraphQuery

/// Graphs written by newsgraph's writers come back through the query loader.
struct RoundTripTests {
    static func written(_ graph: Graph, _ writer: (Graph, ByteSink) throws -> Void) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try writer(graph, sink)
        try sink.flush()
        return sink.bytes
    }

    static func turtle(_ graph: Graph) throws -> [UInt8] { try written(graph) { try TurtleWriter().write($0, to: $1) } }

    @Test func parserReadsExactlyTheTriplesOfTheTurtleExport() throws {
        let graph = try QuestionGraphs.news()
        let parsed = try TurtleParser().parse(try Self.turtle(graph))
        #expect(Set(parsed) == Set(RDFMapping().triples(graph)))
        #expect(parsed.count == RDFMapping().count(graph))
    }

    static let hostile = [
        "quote \" and 'single'", "back\\slash \\u0041", "line\nbreak\r\ttab", "\"\"\"triple\"\"\"", "nul \u{0}",
        "emoji 😀 and 𝄞", "right-to-left עברית", "<tag attr=\"x\">&amp;</tag>", "trailing quote\"", "ends with backslash\\",
        "@prefix x: <y> .", String(repeating: "long ", count: 2000),
    ]

    /// Labels, aliases and evidence full of hostile characters survive the Turtle writer and this parser.
    @Test func hostileStringsSurviveTurtle() throws {
        let nodes = Self.hostile.enumerated().map { index, text in
            Node(id: "actor.h\(index)", type: .actor, kind: text, label: text, aliases: [text + " alias"],
                 provenance: [Provenance(article: "article.x", sentence: 0, start: 0, end: 1, evidence: text)])
        }
        let graph = try Graph(articles: [Article(id: "article.x", source: "x \" y.txt", title: Self.hostile[3])], nodes: nodes, edges: [])
        let parsed = try TurtleParser().parse(try Self.turtle(graph))
        #expect(Set(parsed) == Set(RDFMapping().triples(graph)))
        let decoded = try RDFGraphDecoder().decode(parsed)
        #expect(decoded.nodes == graph.nodes)
        #expect(decoded.articles == graph.articles)
    }

    /// The view made a few edges at a time has exactly the triples of the whole view.
    @Test(arguments: [1, 2, 3, 100])
    func chunkedMappingHasTheSameTriples(edgesPerChunk: Int) throws {
        let graph = try QuestionGraphs.news()
        var triples: Set<Triple> = []
        try ChunkedRDFMapping(edgesPerChunk: edgesPerChunk).forEachTriple(of: graph) { triples.insert($0) }
        #expect(triples == Set(RDFMapping().triples(graph)))
    }

    @Test func decoderInvertsTheMapping() throws {
        let graph = try QuestionGraphs.news()
        let decoded = try RDFGraphDecoder().decode(try TurtleParser().parse(try Self.turtle(graph)))
        #expect(decoded.nodes == graph.nodes)
        #expect(decoded.edges == graph.edges)
        #expect(decoded.articles == graph.articles)
    }

    @Test func loaderMergesEveryFormat() throws {
        let graph = try QuestionGraphs.news()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files: [(String, [UInt8])] = [
            ("g.ttl", try Self.turtle(graph)),
            ("g.json", try Self.written(graph) { try JSONGraphWriter().write($0, to: $1) }),
            ("g.graphml", try Self.written(graph) { try GraphMLWriter().write($0, to: $1) }),
        ]
        var paths: [String] = []
        for (name, bytes) in files {
            let path = directory.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            let loaded = try QueryLoader().graph(paths: [path])
            #expect(loaded.nodes == graph.nodes, "\(name)")
            #expect(loaded.edges == graph.edges, "\(name)")
            #expect(try QueryLoader().store(paths: [path]).count == RDFMapping().count(graph), "\(name)")
        }
        let merged = try QueryLoader().graph(paths: paths)
        #expect(merged.nodes == graph.nodes)
        #expect(try QueryLoader().store(paths: paths).count == RDFMapping().count(graph))
    }

    @Test func loaderExplainsBadInputs() throws {
        #expect(throws: QueryInputError.self) { try QueryLoader().graph(paths: ["/nonexistent/graph.json"]) }
        #expect(throws: QueryInputError.self) { try QueryLoader().store(paths: ["graph.txt"]) }
        #expect(throws: QueryInputError.self) { try QueryLoader().graph(paths: ["graph.dot"]) }
    }
}

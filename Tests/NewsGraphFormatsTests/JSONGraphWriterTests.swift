import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The JSON Graph Format writer against the JGF schema, Python and score.py.
struct JSONGraphWriterTests {
    static let escapes: [(String, String)] = [
        ("plain", "plain"),
        ("\"q\" \\ /", "\\\"q\\\" \\\\ /"),
        ("\u{8}\u{C}\n\r\t", "\\b\\f\\n\\r\\t"),
        ("NUL \u{0}\u{1}\u{1B}\u{1F}", "NUL \\u0000\\u0001\\u001b\\u001f"),
        ("\u{7F} \u{FFFE} 🚀 \u{2028}", "\u{7F} \u{FFFE} 🚀 \u{2028}"),
    ]

    @Test("string content (RFC 8259 section 7)", arguments: escapes)
    func stringContent(input: String, expected: String) {
        var out: [UInt8] = []
        JSONEscaping.appendStringContent(input, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    static let graphs: [(String, @Sendable () throws -> Graph)] = [
        ("arms", SampleGraphs.arms), ("hostile", SampleGraphs.hostile), ("empty", { Graph() }),
    ]

    static func json(_ graph: Graph) throws -> [UInt8] {
        try RDFTestSupport.bytes { try JSONGraphWriter().write(graph, to: $0) }
    }

    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let validate = #"""
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft7Validator.check_schema(schema)
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for e in errors[:5]: print(e.message[:300])
        sys.exit(1 if errors else 0)
        """#

    @Test("the JSON validates against the vendored JGF v2 schema")
    func validatesAgainstSchema() throws {
        let schema = Self.packageRoot.appendingPathComponent("schemas/jgf/json-graph-schema_v2.json").path
        #expect(FileManager.default.fileExists(atPath: schema))
        for (name, make) in Self.graphs {
            let path = try RDFTestSupport.file("\(name).json", Self.json(make()))
            guard let result = try Consumer.python(Self.validate, modules: ["jsonschema"], arguments: [schema, path]) else { return }
            #expect(result.status == 0, "\(name): \(result.stdout) \(result.stderr)")
        }
    }

    /// score.py, found in `../shared/eval/` beside the package, or at `$NEWSGRAPH_SCORE_PY`.
    static var scorePy: String? {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["NEWSGRAPH_SCORE_PY"],
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    static let readWithScorePy = #"""
        import importlib.util, json, sys
        spec = importlib.util.spec_from_file_location("score", sys.argv[1])
        score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
        nodes, edges = score.read_graph(json.load(open(sys.argv[2], encoding="utf-8")))
        print(json.dumps({"nodes": nodes, "edges": edges}))
        """#

    @Test("score.py's read_graph sees every label, type, alias, text and relation")
    func scorePyReads() throws {
        guard let scorePy = Self.scorePy else {
            print("note: skipped the score.py check: shared/eval/score.py is not next to the package")
            return
        }
        for (name, make) in Self.graphs {
            let graph = try make()
            let path = try RDFTestSupport.file("\(name).json", Self.json(graph))
            guard let result = try Consumer.python(Self.readWithScorePy, modules: ["json"], arguments: [scorePy, path]) else { return }
            #expect(result.status == 0, "\(result.stderr)")
            let read = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
            let nodes = read["nodes"] as? [String: [String: Any]] ?? [:]
            #expect(nodes.count == graph.nodes.count)
            for node in graph.nodes {
                let seen = nodes[node.id]
                #expect(seen?["label"] as? String == node.label)
                #expect(seen?["type"] as? String == node.type.rawValue)
                #expect(seen?["aliases"] as? [String] == node.aliases)
                #expect(seen?["text"] as? String == (node.text ?? node.label))
            }
            let edges = (read["edges"] as? [[String]] ?? []).map { $0.joined(separator: " ") }
            #expect(edges == graph.edges.map { "\($0.source) \($0.relation.rawValue) \($0.target)" })
        }
    }

    @Test("write, read, write gives the same bytes")
    func roundTrip() throws {
        for (name, make) in Self.graphs {
            let first = try Self.json(make())
            let second = try Self.json(JSONGraphReader().read(first, file: name))
            #expect(first == second, "\(name)")
        }
    }

    @Test("the layout: fixed key order, edges always written")
    func layout() throws {
        let text = String(decoding: try Self.json(SampleGraphs.arms()), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"graph\": {\n    \"directed\": true,\n    \"type\": \"newsgraph\",\n"))
        #expect(text.contains("""
                  "actor.israel": {
                    "label": "Israel",
                    "metadata": {
                      "type": "Actor",
                      "kind": "Country",
                      "aliases": ["Israeli"],
                      "mentions": 1,
                      "articles": 1,
                      "first_date": "2023-10-25",
                      "last_date": "2023-10-25",
                      "provenance": [
                        {"article": "article.iron-dome", "sentence": 0, "start": 46, "end": 52, "evidence": 
            """))
        #expect(text.contains("\"attributes\": {\"maker\": \"Rafael\", \"origin\": \"Israel\"}"))
        let empty = String(decoding: try Self.json(Graph()), as: UTF8.self)
        #expect(empty.contains("\"nodes\": {},\n    \"edges\": []\n"))
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        #expect(try Self.json(SampleGraphs.hostile()) == Self.json(SampleGraphs.hostile()))
    }
}

import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The DOT writer against Graphviz itself.
struct DOTWriterTests {
    static let escapes: [(String, String)] = [
        ("plain", "plain"),
        ("\"q\"", "\\\"q\\\""),
        ("back\\slash\\", "back\\\\slash\\\\"),
        ("\\N \\G \\l", "\\\\N \\\\G \\\\l"),
        ("a\nb\r\nc\td", "a\\nb\\nc d"),
        ("NUL \u{0}\u{1}\u{1B}\u{7F} \u{FFFE}\u{FFFF}end", "NUL  end"),
        ("&amp; & <b>", "&amp;amp; &amp; <b>"),
        ("node -> edge; digraph { strict }", "node -> edge; digraph { strict }"),
        ("emoji 🚀 Київ", "emoji 🚀 Київ"),
    ]

    @Test("quoted ID content", arguments: escapes)
    func quotedContent(input: String, expected: String) {
        var out: [UInt8] = []
        DOTEscaping.appendQuotedContent(input, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test("long labels are cut with an ellipsis", arguments: [
        ("short", 10, "short"), ("one two  three\nfour", 40, "one two three four"), ("abcdefghijkl", 8, "abcdefg…"),
        ("a \u{1}\u{7F} b\u{0}c \u{FFFE}", 40, "a bc"), ("🇺🇦🇺🇦🇺🇦", 2, "🇺🇦…"),
    ])
    func shortened(text: String, limit: Int, expected: String) {
        #expect(DOTEscaping.shortened(text, to: limit) == expected)
    }

    /// The label Graphviz shows for `node`.
    static func shownLabel(_ node: Node, limit: Int = 48) -> String {
        node.type == .statement
            ? "“" + DOTEscaping.shortened(node.text ?? node.label, to: limit) + "”"
            : DOTEscaping.shortened(node.label, to: limit)
    }

    static let readSVG = #"""
        import json, sys, xml.etree.ElementTree as ET
        ns = {"s": "http://www.w3.org/2000/svg"}
        root = ET.parse(sys.argv[1]).getroot()
        nodes = {}
        for g in root.iter("{http://www.w3.org/2000/svg}g"):
            if g.get("class") == "node":
                title = g.find("s:title", ns).text
                nodes[title] = "\n".join(t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text"))
        print(json.dumps(nodes))
        """#

    @Test("dot renders both sample graphs without a warning, and shows every label")
    func graphvizRenders() throws {
        for graph in [try SampleGraphs.arms(), try SampleGraphs.hostile()] {
            let path = try RDFTestSupport.file("graph.dot", RDFTestSupport.bytes { try DOTWriter().write(graph, to: $0) })
            guard let result = try Consumer.run("dot", ["-Tsvg", "-o", path + ".svg", path]) else {
                Consumer.unavailable("graphviz (dot)")
                return
            }
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
            guard let parsed = try Consumer.python(Self.readSVG, modules: ["xml.etree.ElementTree"], arguments: [path + ".svg"])
            else { return }
            #expect(parsed.status == 0, "the SVG is not well-formed XML: \(parsed.stderr)")
            let shown = try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [String: String] ?? [:]
            for node in graph.nodes {
                #expect(shown[node.id] == Self.shownLabel(node), "node \(node.id)")
            }
        }
    }

    /// A graph of `count` actors in a ring.
    static func ring(_ count: Int) throws -> Graph {
        let nodes = (0..<count).map { Node(id: "actor.n\($0)", type: .actor, kind: "Group", label: "Group \($0)") }
        let edges = (0..<count).map { Edge(source: "actor.n\($0)", relation: .supports, target: "actor.n\(($0 + 1) % count)") }
        return try Graph(articles: [], nodes: nodes, edges: edges)
    }

    @Test("large graphs ask for sfdp and render without a warning")
    func largeGraph() throws {
        let text = String(decoding: try RDFTestSupport.bytes { try DOTWriter(largeGraphThreshold: 50).write(Self.ring(60), to: $0) }, as: UTF8.self)
        #expect(text.contains("layout=\"sfdp\", overlap=\"prism\""))
        #expect(text.contains("\"actor.n0\" -> \"actor.n1\" [tooltip=\"supports: 0 mentions\""))
        let small = String(decoding: try RDFTestSupport.bytes { try DOTWriter().write(Self.ring(60), to: $0) }, as: UTF8.self)
        #expect(!small.contains("sfdp"))
        #expect(small.contains("\"actor.n0\" -> \"actor.n1\" [label=\"supports\""))
        let path = try RDFTestSupport.file("ring.dot", Array(text.utf8))
        guard let result = try Consumer.run("dot", ["-Tsvg", "-o", path + ".svg", path]) else {
            Consumer.unavailable("graphviz (dot)")
            return
        }
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "sfdp warned: \(result.stderr)")
    }

    @Test("the legend can be left out")
    func withoutLegend() throws {
        let with = String(decoding: try RDFTestSupport.bytes { try DOTWriter().write(SampleGraphs.arms(), to: $0) }, as: UTF8.self)
        let without = String(decoding: try RDFTestSupport.bytes { try DOTWriter(legend: false).write(SampleGraphs.arms(), to: $0) }, as: UTF8.self)
        #expect(with.contains("subgraph \"cluster_legend\""))
        #expect(!without.contains("legend"))
        #expect(without.contains("\"actor.united-states\" -> \"actor.israel\" [label=\"arms\""))
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        let first = try RDFTestSupport.bytes { try DOTWriter().write(SampleGraphs.hostile(), to: $0) }
        let second = try RDFTestSupport.bytes { try DOTWriter().write(SampleGraphs.hostile(), to: $0) }
        #expect(first == second)
    }
}

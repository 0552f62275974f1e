import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The JSON Graph Format reader: other tools' JGF, errors with places, hostile input.
struct JSONGraphReaderTests {
    static func read(_ text: String) throws -> Graph {
        try JSONGraphReader().read(Array(text.utf8), file: "in.json")
    }

    static let node = #"{"label": "X", "metadata": {"type": "Actor"}}"#

    @Test("JGF v1 arrays, numeric and foreign ids, relations from label or metadata")
    func foreignGraph() throws {
        let graph = try Self.read("""
            {"graph": {"nodes": [
              {"id": 1, "label": "Germany", "type": "Actor", "metadata": {"kind": "Country", "wikidata": "Q183", "population": 83.2, "eu": true}},
              {"id": "IRIS-T SLM", "label": "IRIS-T", "metadata": {"type": "WeaponSystem"}}
             ],
             "edges": [{"source": 1, "target": "IRIS-T SLM", "label": "supplies to"},
                       {"source": "IRIS-T SLM", "target": 1, "metadata": {"relation": "made_by"}}]}}
            """)
        #expect(graph.nodes.map(\.id) == ["1", "IRIS-T_x20_SLM"])
        let germany = try #require(graph.node("1"))
        #expect(germany.kind == "Country")
        #expect(germany.attributes == [
            Attribute(key: "eu", value: "true"), Attribute(key: "population", value: "83.2"),
            Attribute(key: "wikidata", value: "Q183"),
        ])
        #expect(graph.edges.map(\.id) == ["1:supplies_to:IRIS-T_x20_SLM", "IRIS-T_x20_SLM:made_by:1"])
    }

    @Test("{\"graphs\": [...]} merges graphs; the same id is one node")
    func mergesGraphs() throws {
        let graph = try Self.read("""
            {"graphs": [
              {"nodes": {"a": {"label": "A", "metadata": {"type": "Actor", "aliases": ["Alpha"]}}}, "edges": []},
              {"nodes": {"a": {"label": "A", "metadata": {"type": "Actor", "aliases": ["Ay"]}},
                         "b": {"label": "B", "metadata": {"type": "Place"}}},
               "edges": [{"source": "a", "target": "b", "relation": "located_in"}]}
            ]}
            """)
        #expect(graph.nodes.map(\.id) == ["a", "b"])
        #expect(graph.node("a")?.aliases == ["Alpha", "Ay"])
        #expect(graph.edges.count == 1)
    }

    @Test("edges may come before nodes")
    func edgesFirst() throws {
        let graph = try Self.read(#"{"graph": {"edges": [{"source": "a", "target": "a", "relation": "x"}], "nodes": {"a": \#(Self.node)}}}"#)
        #expect(graph.edges.count == 1)
    }

    /// Input, expected line and column, and a piece of the message.
    static let errors: [(String, Int, Int, String)] = [
        ("", 1, 1, "expected a JSON Graph Format object"),
        ("[]", 1, 1, "expected a JSON Graph Format object"),
        ("{}", 1, 1, "no \"graph\" or \"graphs\""),
        ("{\"graph\": {\"nodes\": {}, \"edges\": []}} x", 1, 39, "after the end of the JSON value"),
        ("{\"graph\": {\n  \"nodes\": {\n    \"a\": {\"label\": \"A\" \"metadata\": {}}}}}", 3, 24, "expected ',' or '}'"),
        ("{\"graph\": {\"nodes\": {\"a\": \(node)", 1, 72, "expected ',' or '}'"),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": \"unterminated", 1, 37, "not closed"),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": \"bad \\q escape\"}}}}", 1, 42, "unknown escape"),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": \"raw \n newline\"}}}}", 1, 42, "must be escaped"),
        ("{\"graph\": {\"nodes\": {\"a\": \(node), \"a\": \(node)}, \"edges\": []}}", 1, 74, "duplicate node id 'a'"),
        ("{\"graph\": {\"nodes\": {\"a b\": \(node), \"a_x20_b\": \(node)}}}", 1, 76, "duplicate node id 'a_x20_b'"),
        ("{\"graph\": {\"nodes\": {\"a\": \(node)},\n \"edges\": [{\"source\": \"a\", \"target\": \"x\", \"relation\": \"r\"}]}}", 2, 12,
         "edges[0] points at node 'x', which is not in \"nodes\""),
        ("{\"graph\": {\"nodes\": {\"a\": {\"metadata\": {\"type\": \"Actor\"}}}}}", 1, 22, "node 'a' has no \"label\""),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": \"A\"}}}}", 1, 22, "node 'a' has no type"),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": \"A\", \"metadata\": {\"type\": \"Robot\"}}}}}", 1, 22, "type 'Robot'; expected one of Actor"),
        ("{\"graph\": {\"nodes\": {\"a\": {\"label\": 5}}}}", 1, 37, "expected a string, found '5'"),
        ("{\"graph\": {\"nodes\": [\(node)]}}", 1, 22, "nodes[0] has no \"id\""),
        ("{\"graph\": {\"nodes\": {\"a\": \(node)}, \"edges\": [{\"source\": \"a\", \"target\": \"a\"}]}}", 1, 85, "edges[0] has no \"relation\""),
        ("{\"graph\": {\"nodes\": {\"a\": \(node)}, \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"relation\": \"r\", \"metadata\": {\"provenance\": [{\"start\": 1.5}]}}]}}", 1, 170, "expected an integer, found 1.5"),
        ("{\"graph\": {\"nodes\": {}, \"edges\": [7]}}", 1, 35, "edges[0] must be an object"),
        ("{\"graph\": {\"hyperedges\": []}}", 1, 12, "hyperedges are not supported"),
        ("{\"graph\": {\"metadata\": {\"deep\": [[[{\"a\": [1, 2, {\"b\": tru}]}]]]}}}", 1, 55, "expected true or false"),
    ]

    @Test("errors say what and where", arguments: errors)
    func errorPlaces(input: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try Self.read(input)
        } throws: { error in
            guard let error = error as? JSONGraphReadError else { return false }
            let matches = error.line == line && error.column == column && error.message.contains(message)
            if !matches { print("got \(error)") }
            return matches && error.file == "in.json" && error.description.hasPrefix("in.json:\(line):\(column): ")
        }
    }

    @Test("deep nesting is an error, not a stack overflow", arguments: ["[", "{\"a\":", "{\"graph\": {\"metadata\": "])
    func deepNesting(opener: String) {
        let text = opener == "[" ? "{\"graph\": {\"metadata\": {\"x\": " + String(repeating: "[", count: 100_000)
            : String(repeating: opener, count: 100_000)
        #expect(throws: JSONGraphReadError.self) { try Self.read(text) }
    }

    @Test("random bytes and mutations of a valid file never crash the reader")
    func fuzz() throws {
        var random = SplitMix(seed: 42)
        let valid = try RDFTestSupport.bytes { try JSONGraphWriter().write(SampleGraphs.arms(), to: $0) }
        let alphabet = Array("{}[]\":,\\ \n0123456789-+.eEtruefalsnul\"abc".utf8) + [0, 0x80, 0xFF, 0xC3]
        for round in 0..<3000 {
            var bytes: [UInt8]
            if round % 3 == 0 {
                bytes = (0..<Int(random.next() % 200)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            } else {
                bytes = valid
                for _ in 0..<(1 + Int(random.next() % 4)) {
                    let at = Int(random.next() % UInt64(bytes.count))
                    switch random.next() % 3 {
                    case 0: bytes[at] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                    case 1: bytes.remove(at: at)
                    default: bytes = Array(bytes[..<at])
                    }
                }
            }
            do {
                _ = try JSONGraphReader().read(bytes)
            } catch let error as JSONGraphReadError {
                #expect(error.line >= 0 && error.offset <= bytes.count)
            }
        }
    }

    @Test("a missing file is an error that names it")
    func missingFile() {
        #expect {
            _ = try JSONGraphReader().read(path: "/nonexistent/graph.json")
        } throws: { error in
            (error as? JSONGraphReadError)?.description.hasPrefix("/nonexistent/graph.json:0:0: cannot open the file") == true
        }
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

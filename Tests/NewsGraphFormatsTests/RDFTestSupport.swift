import Foundation
import NewsGraphCore

@testable import NewsGraphFormats

/// Helpers shared by the RDF, DOT and JSON format tests.
enum RDFTestSupport {
    /// What a writer puts into a memory sink.
    static func bytes(_ write: (ByteSink) throws -> Void) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try write(sink)
        try sink.flush()
        return sink.bytes
    }

    /// Writes `bytes` to `name` in a fresh temporary directory; returns the path.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try Consumer.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The triples as JSON rows `[[kind, value, datatype, language] × 3]`, IRIs
    /// as Turtle writes them (percent-encoded where IRIREF forbids a character).
    static func triplesJSON(_ triples: [Triple]) throws -> Data {
        func row(_ term: RDFTerm) -> [String] {
            switch term {
            case .iri(let iri):
                var out: [UInt8] = []
                TurtleEscaping.appendIRIContent(iri, to: &out)
                return ["iri", String(decoding: out, as: UTF8.self)]
            case .blank(let label): return ["blank", label]
            case .literal(let value, let datatype, let language): return ["literal", value, datatype, language ?? ""]
            }
        }
        return try JSONSerialization.data(withJSONObject: triples.map { [row($0.subject), row($0.predicate), row($0.object)] })
    }

    /// A Python script: parses argv[1] (Turtle) with rdflib or pyoxigraph
    /// (argv[3]) and compares its triples with the JSON rows in argv[2].
    static let compareTriples = #"""
        import json, sys
        XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
        def rdflib_rows(path):
            import rdflib
            g = rdflib.Graph(); g.parse(path, format="turtle")
            def term(t):
                if isinstance(t, rdflib.URIRef): return ["iri", str(t)]
                if isinstance(t, rdflib.BNode): return ["blank", str(t)]
                return ["literal", str(t), str(t.datatype or XSD_STRING), t.language or ""]
            return [[term(s), term(p), term(o)] for s, p, o in g]
        def oxigraph_rows(path):
            import pyoxigraph as ox
            def term(t):
                if isinstance(t, ox.NamedNode): return ["iri", t.value]
                if isinstance(t, ox.BlankNode): return ["blank", t.value]
                return ["literal", t.value, t.datatype.value, t.language or ""]
            return [[term(q.subject), term(q.predicate), term(q.object)]
                    for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]
        rows = rdflib_rows(sys.argv[1]) if sys.argv[3] == "rdflib" else oxigraph_rows(sys.argv[1])
        got = {json.dumps(r) for r in rows}
        want = {json.dumps(r) for r in json.load(open(sys.argv[2]))}
        print(len(rows), len(got))
        for r in sorted(want - got)[:5]: print("missing", r[:300])
        for r in sorted(got - want)[:5]: print("unexpected", r[:300])
        sys.exit(0 if got == want and len(rows) == len(want) else 1)
        """#
}

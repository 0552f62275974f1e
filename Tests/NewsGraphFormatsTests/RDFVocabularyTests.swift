import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// `schemas/newsgraph.ttl`: current, parseable, and declaring every term the mapping uses.
struct RDFVocabularyTests {
    static let schemaPath = JSONGraphWriterTests.packageRoot.appendingPathComponent("schemas/newsgraph.ttl").path

    static func generated() throws -> [UInt8] {
        try RDFTestSupport.bytes { try RDFVocabulary.writeSchema(to: $0) }
    }

    /// Set NEWSGRAPH_RECORD=1 to rewrite the file from the code.
    @Test("schemas/newsgraph.ttl is what the code generates")
    func schemaIsCurrent() throws {
        let bytes = try Self.generated()
        if ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD"] != nil {
            try Data(bytes).write(to: URL(fileURLWithPath: Self.schemaPath))
        }
        let stored = FileManager.default.contents(atPath: Self.schemaPath).map { Array($0) }
        #expect(stored == bytes, "schemas/newsgraph.ttl is out of date: run NEWSGRAPH_RECORD=1 swift test --filter RDFVocabularyTests")
    }

    @Test("rdflib parses the vocabulary; every term has a label and a comment")
    func schemaParses() throws {
        let script = #"""
            import sys, rdflib
            from rdflib.namespace import RDF, RDFS
            g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle")
            terms = {s for s, o in g.subject_objects(RDF.type) if str(s).startswith("https://newsgraph.dev/ns")}
            bad = [t for t in terms if str(t) != "https://newsgraph.dev/ns"
                   and (g.value(t, RDFS.label) is None or g.value(t, RDFS.comment) is None)]
            print(len(g), len(terms), bad)
            sys.exit(1 if bad or len(terms) < 30 else 0)
            """#
        guard let result = try Consumer.python(script, modules: ["rdflib"], arguments: [Self.schemaPath]) else { return }
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    }

    @Test("every class and property of ng: and rel: the mapping emits is declared")
    func mappingTermsAreDeclared() throws {
        var collector = RDFTripleCollector()
        try RDFVocabulary.schemaTriples(into: &collector)
        let declared = Set(collector.triples.map(\.subject))
        let type = RDFTerm.iri(RDFNamespace.rdf("type"))
        let known = Set(Relation.vocabulary.map { RDFTerm.iri(RDFNamespace.rel($0.rawValue)) })
        for graph in [try SampleGraphs.arms(), try SampleGraphs.hostile()] {
            for triple in RDFMapping().triples(graph) {
                var used = [triple.predicate]
                if triple.predicate == type { used.append(triple.object) }
                for term in used {
                    guard case .iri(let iri) = term, let (namespace, _) = RDFNamespace.split(iri) else { continue }
                    if namespace == .ng || (namespace == .rel && known.contains(term)) {
                        #expect(declared.contains(term), "\(iri) is not declared in schemas/newsgraph.ttl")
                    }
                }
            }
        }
    }
}

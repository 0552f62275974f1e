import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The Turtle writer against real parsers, and its determinism.
struct TurtleWriterTests {
    static let graphs: [(String, @Sendable () throws -> Graph)] = [
        ("arms", SampleGraphs.arms), ("hostile", SampleGraphs.hostile),
    ]

    @Test("rdflib and pyoxigraph read exactly the mapping's triples", arguments: ["rdflib", "pyoxigraph"])
    func parsersReadTheTriples(parser: String) throws {
        for (name, make) in Self.graphs {
            let graph = try make()
            let triples = RDFMapping().triples(graph)
            #expect(triples.count == RDFMapping().count(graph))
            #expect(Set(triples).count == triples.count, "the mapping repeats a triple")
            let turtle = try RDFTestSupport.file("\(name).ttl", RDFTestSupport.bytes { try TurtleWriter().write(graph, to: $0) })
            let expected = try RDFTestSupport.file("\(name).json", Array(RDFTestSupport.triplesJSON(triples)))
            guard let result = try Consumer.python(
                RDFTestSupport.compareTriples, modules: [parser], arguments: [turtle, expected, parser])
            else { return }
            #expect(result.status == 0, "\(parser) on \(name): \(result.stdout) \(result.stderr)")
        }
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        for (_, make) in Self.graphs {
            let first = try RDFTestSupport.bytes { try TurtleWriter().write(make(), to: $0) }
            let second = try RDFTestSupport.bytes { try TurtleWriter().write(make(), to: $0) }
            #expect(first == second)
        }
    }

    @Test("mentions written from the template give the same bytes as triple by triple")
    func mentionTemplate() throws {
        for graph in [try SampleGraphs.arms(), try SampleGraphs.hostile(), try DOTWriterTests.ring(5)] {
            func turtle(_ template: Bool) throws -> [UInt8] {
                try RDFTestSupport.bytes { sink in
                    var emitter = TurtleEmitter(sink, mentionTemplate: template)
                    try RDFMapping().emit(graph, into: &emitter)
                    try emitter.finish()
                }
            }
            let fast = try turtle(true)
            #expect(fast == (try turtle(false)))
            #expect(fast == (try RDFTestSupport.bytes { try TurtleWriter().write(graph, to: $0) }))
        }
    }

    @Test("subjects are grouped and terms shortened where safe")
    func layout() throws {
        let text = String(decoding: try RDFTestSupport.bytes { try TurtleWriter().write(SampleGraphs.arms(), to: $0) }, as: UTF8.self)
        #expect(text.hasPrefix("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"))
        #expect(text.contains("\nngr:actor.israel a ng:Actor ;\n    ng:kind \"Country\" ;\n    rdfs:label \"Israel\" ;\n"))
        #expect(text.contains("ngr:actor.united-states rel:arms ngr:actor.israel") == false)
        #expect(text.contains("    rel:arms ngr:actor.israel ;\n    rel:supplies ngr:weapon.iron-dome .\n"))
        #expect(text.contains("\nclaim:actor.united-states:supplies:weapon.iron-dome a rdf:Statement ;\n"))
        #expect(text.contains("ng:alias \"US\" ,\n        \"Washington\" ;"))
        #expect(text.hasSuffix(" .\n"))
    }
}

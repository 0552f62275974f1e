import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphFormats

/// The RDF view's modelling, asked with SPARQL (rdflib) over the Turtle the writer makes.
struct RDFMappingTests {
    static let prefixes = """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX ng: <https://newsgraph.dev/ns#> PREFIX rel: <https://newsgraph.dev/ns/relation#>
        PREFIX attr: <https://newsgraph.dev/ns/attribute#>
        """

    /// A question and its answer: rows of values joined by `|`, sorted.
    static let questions: [(String, [String])] = [
        ("SELECT ?a ?w WHERE { ?s rel:supplies ?o . ?s rdfs:label ?a . ?o rdfs:label ?w }", ["United States|Iron Dome"]),
        ("SELECT ?who ?text ?date WHERE { ?q a schema:Quotation ; schema:creator ?s ; prov:wasAttributedTo ?s ; schema:text ?text ; ng:date ?date . ?s rdfs:label ?who }",
         ["John Kirby|the US is developing contingency plans|on Wednesday"]),
        ("SELECT ?title WHERE { ?q a ng:Statement ; schema:isPartOf ?a ; prov:wasQuotedFrom ?a ; schema:mentions ?m . ?m rdfs:label \"United States\" . ?a schema:headline ?title }",
         ["US to send two Iron Dome systems to Israel"]),
        ("SELECT ?start ?end ?sentence WHERE { ?m a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody ?n ; ng:sentence ?sentence ; oa:hasTarget ?t . ?n rdfs:label \"United States\" . ?t a oa:SpecificResource ; oa:hasSource ?a ; oa:hasSelector ?s . ?s a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . ?a a schema:NewsArticle }",
         ["4|17|0"]),
        ("SELECT ?count ?start ?article WHERE { ?c a rdf:Statement ; rdf:subject ?s ; rdf:predicate rel:arms ; rdf:object ?o ; ng:mentionCount ?count ; prov:wasDerivedFrom ?article . ?m oa:hasBody ?c ; oa:hasTarget/oa:hasSelector/oa:start ?start . ?s rdfs:label \"United States\" . ?o rdfs:label \"Israel\" }",
         ["1|4|https://newsgraph.dev/id/article/article.iron-dome"]),
        ("SELECT ?kind ?alias WHERE { ?n a ng:Actor ; ng:kind ?kind ; ng:alias ?alias ; rdfs:label \"United States\" }",
         ["Country|US", "Country|Washington"]),
        ("SELECT ?maker ?origin WHERE { ?n a ng:WeaponSystem ; attr:maker ?maker ; attr:origin ?origin . attr:maker rdfs:subPropertyOf ng:attribute }",
         ["Rafael|Israel"]),
        ("SELECT ?url WHERE { ?a a schema:NewsArticle ; schema:url ?url ; schema:datePublished \"2023-10-25\" ; ng:source \"iron-dome.txt\" }",
         ["https://example.org/iron-dome"]),
        ("SELECT (COUNT(*) AS ?blank) WHERE { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }", ["0"]),
        ("SELECT ?n WHERE { ?n ng:mentionCount 0 ; a ng:Place }", ["https://newsgraph.dev/id/place.gaza-strip"]),
    ]

    static let ask = #"""
        import json, sys, rdflib
        g = rdflib.Graph(); g.parse(sys.argv[1], format="turtle")
        answers = []
        for query in json.load(open(sys.argv[2])):
            answers.append(sorted("|".join(str(v) for v in row) for row in g.query(query)))
        print(json.dumps(answers))
        """#

    @Test("SPARQL over the Turtle finds relations, quotes, provenance, attributes and articles")
    func sparql() throws {
        let turtle = try RDFTestSupport.file("arms.ttl", RDFTestSupport.bytes { try TurtleWriter().write(SampleGraphs.arms(), to: $0) })
        let queries = try JSONSerialization.data(withJSONObject: Self.questions.map { Self.prefixes + "\n" + $0.0 })
        let path = try RDFTestSupport.file("queries.json", Array(queries))
        guard let result = try Consumer.python(Self.ask, modules: ["rdflib"], arguments: [turtle, path]) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]] ?? []
        #expect(answers.count == Self.questions.count)
        for (question, answer) in zip(Self.questions, answers) {
            #expect(answer == question.1, "\(question.0)")
        }
    }

    @Test("IRIs decode back to the ids they were made from")
    func iriRoundTrip() throws {
        let graph = try SampleGraphs.hostile()
        let nodeIDs = Set(graph.nodes.map(\.id))
        var seen: Set<String> = []
        for triple in RDFMapping().triples(graph) {
            guard case .iri(let iri) = triple.subject, let (namespace, local) = RDFNamespace.split(iri) else { continue }
            if namespace == .node { seen.insert(RDFMapping.decodeLocal(local)) }
            if namespace == .article { #expect(RDFMapping.decodeLocal(local) == "article.hostile") }
        }
        #expect(seen == nodeIDs)
    }

    @Test("the triple count is the sum of its parts")
    func count() throws {
        let graph = try SampleGraphs.arms()
        // 2 attribute and 5 relation declarations; the article 6; the nodes (Israel 5, Kirby 4,
        // United States 6, Iron Dome 7, Gaza 5, the statement 7 + 5 derived); 5 edges; claims 5 × 5
        // and 3 wasDerivedFrom; 12 per mention, of 5 nodes and 3 edges; an article count on each of
        // the 6 nodes and 5 claims, and a first and last date on those with mentions (5 nodes, 3 claims).
        let expected = 7 + 6 + (5 + 4 + 6 + 7 + 5 + 12) + 5 + (25 + 3) + 8 * 12 + (6 + 5) + 2 * (5 + 3)
        #expect(RDFMapping().count(graph) == expected)
        #expect(RDFMapping().triples(graph).count == expected)
    }
}

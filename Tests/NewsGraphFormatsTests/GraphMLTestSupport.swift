import Foundation
import LibXML
import NewsGraphCore
import NewsGraphFormats
import Testing

/// Helpers shared by the GraphML tests.
enum GraphMLTestSupport {
    /// The vendored GraphML schema, found relative to this file.
    static let schemaPath: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas/graphml/graphml.xsd").path

    /// `graph` as GraphML bytes.
    static func bytes(_ graph: Graph, flavor: GraphMLFlavor = .plain) throws -> [UInt8] {
        let sink = ByteSink.memory()
        try GraphMLWriter(flavor: flavor).write(graph, to: sink)
        return sink.bytes
    }

    /// Writes `graph` into a fresh temporary file and returns its path.
    static func file(_ graph: Graph, flavor: GraphMLFlavor = .plain, name: String = "graph.graphml") throws -> String {
        let url = try Consumer.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes(graph, flavor: flavor)).write(to: url)
        return url.path
    }

    /// Writes `text` into a fresh temporary file and returns its path.
    static func file(text: String, name: String) throws -> String {
        let url = try Consumer.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// `graph` with every string reduced to XML 1.0 characters: what a GraphML round trip gives back.
    static func reduced(_ graph: Graph) throws -> Graph {
        let r = XMLCharacters.reduced
        func provenance(_ p: Provenance) -> Provenance {
            Provenance(article: r(p.article), sentence: p.sentence, start: p.start, end: p.end, evidence: r(p.evidence))
        }
        let articles = graph.articles.map {
            Article(
                id: r($0.id), source: r($0.source), title: $0.title.map(r), publisher: $0.publisher.map(r),
                author: $0.author.map(r), date: $0.date.map(r), url: $0.url.map(r))
        }
        let nodes = graph.nodes.map {
            Node(
                id: $0.id, type: $0.type, kind: $0.kind.map(r), label: r($0.label), aliases: $0.aliases.map(r),
                text: $0.text.map(r), date: $0.date.map(r),
                attributes: $0.attributes.map { Attribute(key: $0.key, value: r($0.value)) },
                provenance: $0.provenance.map(provenance))
        }
        let edges = graph.edges.map {
            Edge(source: $0.source, relation: $0.relation, target: $0.target, provenance: $0.provenance.map(provenance))
        }
        return try Graph(articles: articles, nodes: nodes, edges: edges)
    }

    static let samples: [(name: String, graph: @Sendable () throws -> Graph)] = [
        ("arms", SampleGraphs.arms), ("hostile", SampleGraphs.hostile),
    ]
}

/// Equal content: articles, nodes and edges.
func sameContent(_ a: Graph, _ b: Graph) -> Bool {
    a.articles == b.articles && a.nodes == b.nodes && a.edges == b.edges
}

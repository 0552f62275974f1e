import Foundation
import LibXML
import NewsGraphCore
import NewsGraphFormats
import Testing

/// networkx and igraph load what the writer writes, with every value intact.
struct GraphMLConsumerTests {
    /// What a consumer saw: counts, labels by node id, and edge (id, relation, mentions, evidence).
    struct Seen: Decodable, Equatable {
        var nodes: Int
        var edges: Int
        var labels: [String: String]
        var types: [String: String]
        var relations: [String: String]
        var mentions: [String: Int]
        var evidence: [String: String]
        var articles: String
    }

    static let networkx = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1], force_multigraph=True)
        edges = list(g.edges(keys=True, data=True))
        print(json.dumps({
            "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "labels": {n: d["label"] for n, d in g.nodes(data=True)},
            "types": {n: d["type"] for n, d in g.nodes(data=True)},
            "relations": {k: d["relation"] for _, _, k, d in edges},
            "mentions": {k: d["mentions"] for _, _, k, d in edges},
            "evidence": {k: d["evidence"] for _, _, k, d in edges if "evidence" in d},
            "articles": g.graph.get("articles", "")}))
        """

    static let igraph = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        # igraph 1.0 fills the edge attribute "id" with the source's id, so edges are named here.
        key = lambda e: "%s:%s:%s" % (g.vs[e.source]["id"], e["relation"], g.vs[e.target]["id"])
        print(json.dumps({
            "nodes": g.vcount(), "edges": g.ecount(),
            "labels": {v["id"]: v["label"] for v in g.vs}, "types": {v["id"]: v["type"] for v in g.vs},
            "relations": {key(e): e["relation"] for e in g.es},
            "mentions": {key(e): int(e["mentions"]) for e in g.es},
            "evidence": {key(e): e["evidence"] for e in g.es if e["evidence"]},
            "articles": g["articles"] if "articles" in g.attributes() else ""}))
        """

    static func expected(_ graph: Graph) throws -> Seen {
        let reduced = try GraphMLTestSupport.reduced(graph)
        var evidence: [String: String] = [:]
        for edge in reduced.edges { if let first = edge.provenance.first { evidence[edge.id] = first.evidence } }
        return Seen(
            nodes: reduced.nodes.count, edges: reduced.edges.count,
            labels: Dictionary(uniqueKeysWithValues: reduced.nodes.map { ($0.id, $0.label) }),
            types: Dictionary(uniqueKeysWithValues: reduced.nodes.map { ($0.id, $0.type.rawValue) }),
            relations: Dictionary(uniqueKeysWithValues: reduced.edges.map { ($0.id, $0.relation.rawValue) }),
            mentions: Dictionary(uniqueKeysWithValues: reduced.edges.map { ($0.id, $0.mentionCount) }),
            evidence: evidence, articles: articleJSON(reduced))
    }

    /// The articles as the writer puts them in the graph's `articles` data.
    static func articleJSON(_ graph: Graph) -> String {
        let objects = graph.articles.map { article -> String in
            let fields: [(String, String?)] = [
                ("id", article.id), ("source", article.source), ("title", article.title), ("publisher", article.publisher),
                ("author", article.author), ("date", article.date), ("url", article.url),
            ]
            let members = fields.compactMap { name, value in value.map { "\"\(name)\":\(jsonString($0))" } }
            return "{" + members.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    static func jsonString(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }

    @Test(arguments: GraphMLTestSupport.samples.map(\.name), ["networkx", "igraph"])
    func loadsInConsumer(sample: String, consumer: String) throws {
        let graph = try #require(GraphMLTestSupport.samples.first { $0.name == sample }).graph()
        let path = try GraphMLTestSupport.file(graph, name: "\(sample).graphml")
        let script = consumer == "networkx" ? Self.networkx : Self.igraph
        guard let result = try Consumer.python(script, modules: [consumer], arguments: [path]) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try JSONDecoder().decode(Seen.self, from: Data(result.stdout.utf8))
        let expected = try Self.expected(graph)
        #expect(seen.nodes == expected.nodes)
        #expect(seen.edges == expected.edges)
        #expect(seen.labels == expected.labels)
        #expect(seen.types == expected.types)
        #expect(seen.relations == expected.relations)
        #expect(seen.mentions == expected.mentions)
        #expect(seen.evidence == expected.evidence)
        #expect(seen.articles == expected.articles)
    }

    /// igraph writes the file again in its own way (node ids n0, n1, …, our
    /// ids as an `id` attribute, numbers as doubles); the reader takes it back.
    @Test func readsGraphMLWrittenByIgraph() throws {
        let graph = try SampleGraphs.arms()
        let path = try GraphMLTestSupport.file(graph)
        let copy = path + ".igraph.graphml"
        let script = "import igraph, sys\nigraph.Graph.Read_GraphML(sys.argv[1]).write_graphml(sys.argv[2])"
        guard let result = try Consumer.python(script, modules: ["igraph"], arguments: [path, copy]) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let read = try GraphMLReader().read(file: copy)
        #expect(read.nodes.count == graph.nodes.count && read.edges.count == graph.edges.count)
        let byOriginalID = Dictionary(uniqueKeysWithValues: read.nodes.map { ($0[attribute: "id"] ?? "", $0) })
        for node in graph.nodes {
            let copy = try #require(byOriginalID[node.id])
            #expect(copy.label == node.label && copy.type == node.type && copy.kind == node.kind)
            #expect(copy.aliases == node.aliases && copy.provenance == node.provenance)
        }
        let originalID = Dictionary(uniqueKeysWithValues: read.nodes.map { ($0.id, $0[attribute: "id"] ?? "") })
        let edges = read.edges.map {
            Edge(
                source: originalID[$0.source] ?? "", relation: $0.relation, target: originalID[$0.target] ?? "",
                provenance: $0.provenance, support: $0.support)
        }
        #expect(Set(edges) == Set(graph.edges))
    }

    @Test func yEdFlavourIsWellFormedAndLoadsInNetworkx() throws {
        let graph = try SampleGraphs.hostile()
        let bytes = try GraphMLTestSupport.bytes(graph, flavor: .yed)
        let elements = try XMLReader.withBytes(bytes, name: "yed.graphml") { reader in
            var count = 0
            while let kind = try reader.read() { if kind == .startElement, reader.isNamed("ShapeNode") { count += 1 } }
            return count
        }
        #expect(elements == graph.nodes.count)
        let path = try GraphMLTestSupport.file(graph, flavor: .yed, name: "yed.graphml")
        let script = """
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                              "shapes": sorted({d.get("shape_type", "") for _, d in g.nodes(data=True)}),
                              "labels": {n: d["label"] for n, d in g.nodes(data=True)}}))
            """
        guard let result = try Consumer.python(script, modules: ["networkx"], arguments: [path]) else { return }
        #expect(result.status == 0, "\(result.stderr)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(seen["nodes"] as? Int == graph.nodes.count)
        #expect(seen["edges"] as? Int == graph.edges.count)
        #expect(seen["shapes"] as? [String] == ["ellipse", "hexagon", "rectangle", "roundrectangle"])
        // networkx takes the yFiles NodeLabel as the label: the shown label, cut at 60 characters.
        let labels = try #require(seen["labels"] as? [String: String])
        for node in try GraphMLTestSupport.reduced(graph).nodes {
            let label = node.label
            #expect(labels[node.id] == (label.count <= 60 ? label : String(label.prefix(59)) + "…"))
        }
    }
}

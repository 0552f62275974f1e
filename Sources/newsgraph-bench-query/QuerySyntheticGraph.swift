import NewsGraphCore

/// A large, deterministic news-shaped graph for the query benchmark: every
/// node and edge has one mention, evidence sentences come from a shared pool.
enum QuerySyntheticGraph {
    static func make(nodes nodeCount: Int, edges edgeCount: Int, articles articleCount: Int = 1000) throws -> Graph {
        let sentences = (0..<20_000).map { "Sentence \($0): forces supplied \($0 % 40 + 2) systems near the border." }
        let articles = (0..<articleCount).map { index in
            Article(id: "article.a\(index)", source: "feeds/a\(index).html", title: "Report \(index)",
                    publisher: ["Reuters", "AP", "Al Jazeera"][index % 3], url: "https://news.example.org/\(index)")
        }
        let types: [NodeType] = [.actor, .weaponSystem, .place, .actor, .statement]
        let kinds = ["Country", "Organization", "Person", "Group", "AirDefense", "Missile", "City", "Region"]
        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for index in 0..<nodeCount {
            let type = types[index % types.count]
            let mention = Provenance(article: articles[index % articleCount].id, sentence: index % 40, start: index % 200,
                                     end: index % 200 + 12, evidence: sentences[index % sentences.count])
            nodes.append(Node(id: "\(type.idPrefix).n\(index)", type: type, kind: kinds[index % kinds.count],
                              label: "Entity \(index)", aliases: index % 3 == 0 ? ["E\(index)"] : [],
                              provenance: [mention]))
        }
        let relations = Relation.vocabulary.filter { !$0.isSymmetric }
        var edges: [Edge] = []
        edges.reserveCapacity(edgeCount)
        for index in 0..<edgeCount {
            let source = index % nodeCount
            let round = index / nodeCount
            var target = (source + 1 + round * 7919 + (source * 13) % 101) % nodeCount
            if target == source { target = (target + 1) % nodeCount }
            let mention = Provenance(article: articles[index % articleCount].id, sentence: index % 40, start: index % 150,
                                     end: index % 150 + 40, evidence: sentences[(index / 3) % sentences.count])
            edges.append(Edge(source: nodes[source].id, relation: relations[(source + round) % relations.count],
                              target: nodes[target].id, provenance: [mention]))
        }
        return try Graph(articles: articles, nodes: nodes, edges: edges)
    }
}

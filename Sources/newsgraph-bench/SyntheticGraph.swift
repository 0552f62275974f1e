import NewsGraphCore

/// A large, deterministic graph for benchmarks: labels, kinds, aliases,
/// attributes, relations and provenance whose evidence sentences are shared
/// (as many mentions in one sentence share it in real graphs).
enum SyntheticGraph {
    /// `nodes` nodes and `edges` edges (exactly, while `edges` ≤ 12 × `nodes`).
    static func make(nodes nodeCount: Int, edges edgeCount: Int, articles articleCount: Int = 1000) throws -> Graph {
        let sentences = evidencePool(count: 20_000)
        let articleIDs = (0..<articleCount).map { "article.a\($0)" }
        let articles = articleIDs.enumerated().map { index, id in
            Article(
                id: id, source: "feeds/\(id).html", title: "Report \(index) on arms deliveries",
                publisher: ["Reuters", "AP", "Kyiv Independent", "Al Jazeera"][index % 4],
                date: "2024-05-\(10 + index % 20)", url: "https://news.example.org/\(index)")
        }
        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for index in 0..<nodeCount {
            nodes.append(node(index, sentences: sentences, articleIDs: articleIDs))
        }
        let ids = nodes.map(\.id)
        var edges: [Edge] = []
        edges.reserveCapacity(edgeCount)
        for index in 0..<edgeCount {
            edges.append(edge(index, nodeIDs: ids, sentences: sentences, articleIDs: articleIDs))
        }
        return try Graph(articles: articles, nodes: nodes, edges: edges)
    }

    private static let types: [NodeType] = [.actor, .weaponSystem, .place, .actor, .statement]
    private static let kinds: [NodeType: [String]] = [
        .actor: ["Country", "Organization", "Person", "Group"],
        .weaponSystem: ["AirDefense", "Missile", "Artillery", "Drone", "Ship"],
        .place: ["City", "Region", "Sea", "Facility"],
        .statement: ["direct", "reported"],
    ]
    private static let first = ["Iron", "Storm", "Patriot", "Leopard", "Northern", "Eastern", "Black", "Red", "Grand", "Free"]
    private static let second = [
        "Dome", "Shadow", "Guard", "Alliance", "Council", "Harbour", "Valley", "Front", "Union", "Ridge",
    ]

    private static func node(_ index: Int, sentences: [String], articleIDs: [String]) -> Node {
        let type = types[index % types.count]
        let label = "\(first[index % 10]) \(second[(index / 10) % 10]) \(index)"
        let evidence = sentences[index % sentences.count]
        let provenance = Provenance(
            article: articleIDs[index % articleIDs.count], sentence: index % 40,
            start: index % 200, end: index % 200 + label.count, evidence: evidence)
        let kindList = kinds[type] ?? []
        return Node(
            id: "\(type.idPrefix).n\(index)", type: type, kind: kindList[index % kindList.count], label: label,
            aliases: index % 3 == 0 ? ["\(second[index % 10]) \(index)"] : [],
            text: type == .statement ? evidence : nil, date: type == .statement ? "on Monday" : nil,
            attributes: type == .weaponSystem ? [Attribute(key: "maker", value: "Maker \(index % 50)")] : [],
            provenance: [provenance])
    }

    /// Relations without the symmetric `opposes`, which would merge reversed pairs.
    private static let relations = Relation.vocabulary.filter { !$0.isSymmetric }

    private static func edge(_ index: Int, nodeIDs: [String], sentences: [String], articleIDs: [String]) -> Edge {
        let count = nodeIDs.count
        let source = index % count
        let round = index / count
        var target = (source + 1 + round * 7919 + (source * 13) % 101) % count
        if target == source { target = (target + 1) % count }
        let evidence = sentences[(index / 3) % sentences.count]
        var provenance = [
            Provenance(
                article: articleIDs[index % articleIDs.count], sentence: index % 40,
                start: index % 150, end: index % 150 + 40, evidence: evidence)
        ]
        if index % 5 == 0 {
            provenance.append(
                Provenance(
                    article: articleIDs[(index + 7) % articleIDs.count], sentence: (index + 3) % 40,
                    start: 10, end: 52, evidence: sentences[(index + 11) % sentences.count]))
        }
        return Edge(
            source: nodeIDs[source], relation: relations[(source + round) % relations.count],
            target: nodeIDs[target], provenance: provenance)
    }

    /// News-like sentences of 100–160 characters, some with `&`, `<` and quotes.
    private static func evidencePool(count: Int) -> [String] {
        let verbs = ["supplied", "delivered", "pledged", "deployed", "intercepted", "ordered"]
        let places = ["near Kharkiv", "in the Red Sea", "outside Gaza City", "at the border", "in Kyiv & Lviv"]
        return (0..<count).map { index in
            let quote = index % 7 == 0 ? " \"We will not stop,\" a spokesman said." : " Officials confirmed it <on Monday>."
            return "Sentence \(index): forces of \(first[index % 10]) \(second[index % 10]) \(verbs[index % 6])"
                + " \(index % 40 + 2) systems \(places[index % 5]).\(quote)"
        }
    }
}

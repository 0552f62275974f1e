import NewsGraphCore
import Testing

@Suite struct GraphTests {
    let evidence = "Germany delivered IRIS-T to Ukraine."

    func provenance(_ start: Int, _ end: Int) -> Provenance {
        Provenance(article: "article.a", sentence: 0, start: start, end: end, evidence: evidence)
    }

    @Test func sortsNodesAndEdgesAndMergesDuplicateEdges() throws {
        let graph = try Graph(
            articles: [Article(id: "article.a", source: "a.txt")],
            nodes: [
                Node(id: "weapon.iris-t", type: .weaponSystem, label: "IRIS-T"),
                Node(id: "actor.germany", type: .actor, kind: "Country", label: "Germany", aliases: ["German", "Germany", "Berlin"]),
            ],
            edges: [
                Edge(source: "actor.germany", relation: .supplies, target: "weapon.iris-t", provenance: [provenance(9, 18)]),
                Edge(source: "actor.germany", relation: .supplies, target: "weapon.iris-t", provenance: [provenance(0, 7)]),
            ])
        #expect(graph.nodes.map(\.id) == ["actor.germany", "weapon.iris-t"])
        #expect(graph.nodes[0].aliases == ["Berlin", "German"])
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].mentionCount == 2)
        #expect(graph.edges[0].provenance.map(\.start) == [0, 9])
        #expect(graph.edges[0].id == "actor.germany:supplies:weapon.iris-t")
    }

    @Test func symmetricRelationsAreStoredOneWay() throws {
        let graph = try Graph(
            articles: [],
            nodes: [Node(id: "actor.b", type: .actor, label: "B"), Node(id: "actor.a", type: .actor, label: "A")],
            edges: [
                Edge(source: "actor.b", relation: .opposes, target: "actor.a"),
                Edge(source: "actor.a", relation: .opposes, target: "actor.b"),
            ])
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].source == "actor.a")
    }

    @Test func rejectsDanglingEdgesDuplicatesAndInvalidIDs() {
        let a = Node(id: "actor.a", type: .actor, label: "A")
        #expect(throws: GraphError(.danglingEdge, "actor.a:arms:actor.zz")) {
            try Graph(articles: [], nodes: [a], edges: [Edge(source: "actor.a", relation: .arms, target: "actor.zz")])
        }
        #expect(throws: GraphError(.duplicateNode, "actor.a")) {
            try Graph(articles: [], nodes: [a, a], edges: [])
        }
        #expect(throws: GraphError(.invalidID, "actor:a")) {
            try Graph(articles: [], nodes: [Node(id: "actor:a", type: .actor, label: "A")], edges: [])
        }
    }

    @Test func builderMergesNodesKeepingTheFullestLabel() throws {
        var builder = GraphBuilder()
        builder.add(Node(id: "actor.us", type: .actor, kind: "Country", label: "US", provenance: [provenance(0, 2)]))
        builder.add(Node(id: "actor.us", type: .actor, label: "United States", aliases: ["Washington"], provenance: [provenance(5, 18)]))
        builder.add(Node(id: "actor.us", type: .actor, label: "US", provenance: [provenance(0, 2)]))
        let graph = try builder.build()
        let node = try #require(graph.node("actor.us"))
        #expect(node.label == "United States")
        #expect(node.aliases == ["US", "Washington"])
        #expect(node.kind == "Country")
        #expect(node.provenance.count == 2)
    }

    @Test func relationNamesBecomeTokens() {
        #expect(Relation(rawValue: "member of")?.rawValue == "member_of")
        #expect(Relation(rawValue: "") == nil)
        #expect(Relation(rawValue: "member_of") == .memberOf)
    }
}

/// Articles that share an id (found by fuzzing the JSON reader: the order,
/// and so the output, changed from run to run).
@Suite struct ArticleOrderTests {
    static let articles = [
        Article(id: "article.a", source: "b/a.txt"), Article(id: "article.a", source: "a/a.txt", title: "A"),
        Article(id: "article.a", source: "a/a.txt", title: ""), Article(id: "article.a", source: "a/a.txt"),
    ]

    @Test func articlesSharingAnIDSortTheSameWayWhateverTheirOrder() throws {
        let expected = [
            Article(id: "article.a", source: "a/a.txt"), Article(id: "article.a", source: "a/a.txt", title: ""),
            Article(id: "article.a", source: "a/a.txt", title: "A"), Article(id: "article.a", source: "b/a.txt"),
        ]
        for rotation in 0..<Self.articles.count {
            let input = Array(Self.articles[rotation...] + Self.articles[..<rotation])
            #expect(try Graph(articles: input, nodes: [], edges: []).articles == expected)
            #expect(try Graph(articles: input.reversed(), nodes: [], edges: []).articles == expected)
        }
    }
}

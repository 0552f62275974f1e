import NewsGraphCore
import Testing

@Suite struct GraphMergeTests {
    static func place(_ article: String, _ start: Int) -> Provenance {
        Provenance(article: article, sentence: 0, start: start, end: start + 2, evidence: "sentence of \(article)")
    }

    /// Three graphs of distinct articles that disagree on labels, kinds, aliases and attributes.
    static func parts() throws -> [Graph] {
        func graph(_ article: Article, _ nodes: [Node], _ edges: [Edge]) throws -> Graph {
            try Graph(articles: [article], nodes: nodes, edges: edges)
        }
        let a = try graph(
            Article(id: "article.a", source: "a.txt", date: "2024-03-02"),
            [
                Node(id: "actor.us", type: .actor, kind: "Country", label: "US", aliases: ["Washington"], provenance: [place("article.a", 0), place("article.a", 9)]),
                Node(id: "weapon.patriot", type: .weaponSystem, label: "Patriot", attributes: [Attribute(key: "maker", value: "Raytheon")], provenance: [place("article.a", 20)]),
            ],
            [Edge(source: "actor.us", relation: .supplies, target: "weapon.patriot", provenance: [place("article.a", 0)])])
        let b = try graph(
            Article(id: "article.b", source: "b.txt", date: "1 February 2024"),
            [
                Node(id: "actor.us", type: .actor, kind: "Organization", label: "United States", provenance: [place("article.b", 4)]),
                Node(id: "weapon.patriot", type: .weaponSystem, kind: "AirDefense", label: "Patriot", attributes: [Attribute(key: "maker", value: "RTX")], provenance: [place("article.b", 30)]),
            ],
            [
                Edge(source: "actor.us", relation: .supplies, target: "weapon.patriot", provenance: [place("article.b", 4), place("article.b", 12)])
            ])
        let c = try graph(
            Article(id: "article.c", source: "c.txt"),
            [Node(id: "actor.us", type: .actor, label: "U.S.", provenance: [place("article.c", 1)])], [])
        return [a, b, c]
    }

    @Test func anyOrderAndGroupingGivesTheSameGraph() throws {
        let parts = try Self.parts()
        let reference = try GraphMerge.merge(parts)
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]] {
            #expect(try GraphMerge.merge(order.map { parts[$0] }) == reference, "order \(order)")
        }
        let left = try GraphMerge.merge([GraphMerge.merge([parts[0], parts[1]]), parts[2]])
        let right = try GraphMerge.merge([parts[0], GraphMerge.merge([parts[2], parts[1]])])
        #expect(left == reference)
        #expect(right == reference)
        let us = try #require(reference.node("actor.us"))
        #expect(us.label == "United States")
        #expect(us.aliases == ["U.S.", "US", "Washington"])
        #expect(us.kind == "Country")
        #expect(us.support == Support(articles: 3, mentions: 4, firstDate: "2024-02-01", lastDate: "2024-03-02"))
        let patriot = try #require(reference.node("weapon.patriot"))
        #expect(patriot.attributes.map(\.value) == ["RTX", "Raytheon"])
        #expect(reference.edges[0].support == Support(articles: 2, mentions: 3, firstDate: "2024-02-01", lastDate: "2024-03-02"))
    }

    @Test func cappedEvidenceKeepsExactCountsInAnyGrouping() throws {
        let parts = try Self.parts()
        let full = try GraphMerge.merge(parts)
        let capped = try GraphMerge.merge(parts, maxEvidence: 1)
        let stepwise = try GraphMerge.merge(
            [GraphMerge.merge([parts[1], parts[2]], maxEvidence: 1), GraphMerge.merge([parts[0]], maxEvidence: 1)],
            maxEvidence: 1)
        #expect(stepwise == capped)
        for (node, uncapped) in zip(capped.nodes, full.nodes) {
            #expect(node.provenance == Array(uncapped.provenance.prefix(1)))
            #expect(node.support == uncapped.support)
        }
        #expect(capped.edges[0].mentionCount == 3)
    }

    @Test func graphsSharingAnArticleAreRefusedUnlessEqual() throws {
        let parts = try Self.parts()
        #expect(try GraphMerge.merge([parts[0], parts[0]]) == parts[0])
        let other = try Graph(articles: parts[0].articles, nodes: [], edges: [])
        #expect(throws: GraphError.self) { try GraphMerge.merge([parts[0], other]) }
    }

    @Test(arguments: [
        ("2023-10-14", "2023-10-14"), ("2023-10-14T08:30:00Z", "2023-10-14"), ("2023/1/5", "2023-01-05"),
        ("Sat, 14 Oct 2023 10:00:00 GMT", "2023-10-14"), ("October 14, 2023", "2023-10-14"),
        ("14 Sept. 2023", "2023-09-14"), ("Oct. 4, 2023", "2023-10-04"),
    ])
    func datesBecomeISO(text: String, expected: String) {
        #expect(ArticleDate.iso(text) == expected)
    }

    @Test(arguments: ["last week", "03/04/2023", "", "Octopus 4 2023", "2023-13-01"])
    func unclearDatesGiveNone(text: String) {
        #expect(ArticleDate.iso(text) == nil)
    }
}

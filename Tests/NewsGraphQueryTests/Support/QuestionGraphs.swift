import NewsGraphCore

/// A small news graph for the plain questions and the round trip through Turtle.
enum QuestionGraphs {
    static func news() throws -> Graph {
        let reuters = Article(id: "article.reuters", source: "reuters.txt", title: "U.S. sends Patriot to Ukraine",
                              publisher: "Reuters", date: "2024-06-01", url: "https://example.org/reuters")
        let presstv = Article(id: "article.presstv", source: "presstv.html", title: "Iran and Russia", publisher: "Press TV")
        let supplySentence = "The United States will supply Patriot systems to Ukraine."
        let quoteSentence = "\"We will stand by Ukraine,\" Olaf Scholz said on Monday."
        func at(_ article: Article, _ sentence: String, _ start: Int, _ end: Int, _ index: Int = 0) -> Provenance {
            Provenance(article: article.id, sentence: index, start: start, end: end, evidence: sentence)
        }
        let nodes = [
            Node(id: "actor.united-states", type: .actor, kind: "Country", label: "United States",
                 aliases: ["U.S.", "Washington"], provenance: [at(reuters, supplySentence, 4, 17)]),
            Node(id: "actor.ukraine", type: .actor, kind: "Country", label: "Ukraine", aliases: ["Kyiv"]),
            Node(id: "actor.russia", type: .actor, kind: "Country", label: "Russia", aliases: ["Moscow"]),
            Node(id: "actor.iran", type: .actor, kind: "Country", label: "Iran"),
            Node(id: "actor.olaf-scholz", type: .actor, kind: "Person", label: "Olaf Scholz"),
            Node(id: "weapon.patriot", type: .weaponSystem, kind: "AirDefense", label: "Patriot",
                 aliases: ["MIM-104 Patriot"], attributes: [Attribute(key: "maker", value: "Raytheon")]),
            Node(id: "weapon.shahed-136", type: .weaponSystem, kind: "Drone", label: "Shahed-136", aliases: ["Geran-2"]),
            Node(id: "place.kyiv", type: .place, kind: "City", label: "Kyiv"),
            Node(id: "statement.s1", type: .statement, kind: "direct", label: "We will stand by Ukraine",
                 text: "We will stand by Ukraine", date: "on Monday", provenance: [at(reuters, quoteSentence, 1, 25, 3)]),
        ]
        let edges = [
            Edge(source: "actor.united-states", relation: .supplies, target: "weapon.patriot",
                 provenance: [at(reuters, supplySentence, 4, 37), at(presstv, "Washington supplies Patriots.", 0, 28)]),
            Edge(source: "actor.ukraine", relation: .operates, target: "weapon.patriot"),
            Edge(source: "actor.iran", relation: .supplies, target: "weapon.shahed-136"),
            Edge(source: "actor.russia", relation: .operates, target: "weapon.shahed-136"),
            Edge(source: "actor.russia", relation: .attacks, target: "actor.ukraine"),
            Edge(source: "actor.ukraine", relation: .opposes, target: "actor.russia"),
            Edge(source: "place.kyiv", relation: .locatedIn, target: "actor.ukraine"),
            Edge(source: "actor.olaf-scholz", relation: .states, target: "statement.s1",
                 provenance: [at(reuters, quoteSentence, 1, 50, 3)]),
            Edge(source: "statement.s1", relation: .mentions, target: "actor.ukraine"),
        ]
        return try Graph(articles: [reuters, presstv], nodes: nodes, edges: edges)
    }
}

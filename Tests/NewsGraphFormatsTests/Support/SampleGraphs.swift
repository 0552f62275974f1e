import NewsGraphCore

/// Graphs the format tests write and read back.
enum SampleGraphs {
    /// A small, realistic graph: the US supplies Iron Dome to Israel, and John Kirby speaks.
    static func arms() throws -> Graph {
        let article = Article(
            id: "article.iron-dome", source: "iron-dome.txt", title: "US to send two Iron Dome systems to Israel",
            publisher: "Press TV", date: "2023-10-25", url: "https://example.org/iron-dome")
        let sentence = "The United States has agreed to supply Israel with two Iron Dome missile systems."
        let quote = "White House spokesman John Kirby said the US is developing contingency plans."
        func at(_ start: Int, _ end: Int, _ evidence: String = sentence, _ index: Int = 0) -> Provenance {
            Provenance(article: article.id, sentence: index, start: start, end: end, evidence: evidence)
        }
        let nodes = [
            Node(id: "actor.united-states", type: .actor, kind: "Country", label: "United States",
                 aliases: ["US", "Washington"], provenance: [at(4, 17)]),
            Node(id: "actor.israel", type: .actor, kind: "Country", label: "Israel", aliases: ["Israeli"], provenance: [at(46, 52)]),
            Node(id: "actor.john-kirby", type: .actor, kind: "Person", label: "John Kirby", provenance: [at(100, 110, quote, 1)]),
            Node(id: "weapon.iron-dome", type: .weaponSystem, kind: "AirDefense", label: "Iron Dome",
                 aliases: ["Iron Dome missile systems"],
                 attributes: [Attribute(key: "maker", value: "Rafael"), Attribute(key: "origin", value: "Israel")],
                 provenance: [at(62, 71)]),
            Node(id: "place.gaza-strip", type: .place, kind: "Territory", label: "Gaza Strip", aliases: ["Gaza"]),
            Node(id: "statement.iron-dome.1", type: .statement, kind: "reported",
                 label: "the US is developing contingency plans",
                 text: "the US is developing contingency plans", date: "on Wednesday", provenance: [at(118, 156, quote, 1)]),
        ]
        let edges = [
            Edge(source: "actor.united-states", relation: .supplies, target: "weapon.iron-dome", provenance: [at(4, 80)]),
            Edge(source: "actor.united-states", relation: .arms, target: "actor.israel", provenance: [at(4, 80)]),
            Edge(source: "weapon.iron-dome", relation: .madeBy, target: "actor.israel"),
            Edge(source: "actor.john-kirby", relation: .states, target: "statement.iron-dome.1", provenance: [at(100, 156, quote, 1)]),
            Edge(source: "statement.iron-dome.1", relation: .mentions, target: "actor.united-states"),
        ]
        return try Graph(articles: [article], nodes: nodes, edges: edges)
    }

    /// Strings that break careless writers: quotes, backslashes, markup,
    /// CDATA ends, triple quotes, newlines, NUL and other characters XML 1.0
    /// forbids, lone surrogate-range neighbours, emoji, right-to-left script
    /// and a 10 kB string.
    static let hostileStrings: [String] = [
        "plain",
        "\"double\" and 'single' quotes",
        "back\\slash and trailing \\",
        "<tag attr=\"x\">&amp; & < > </tag>",
        "]]> ends CDATA",
        "\"\"\" triple quotes ''' too",
        "line one\nline two\r\nline three\ttabbed",
        "NUL \u{0} in the middle",
        "controls \u{1}\u{2}\u{8}\u{B}\u{C}\u{1B}\u{1F}\u{7F} and \u{FFFE}\u{FFFF}",
        "emoji 🚀🇺🇦 and 👩🏽‍🚀",
        "right-to-left: إسرائيل وحماس \u{202E}reversed",
        "node -> edge; digraph { strict } // not a comment",
        "@prefix x: <y> . _:b ; , [ ] ( ) #hash",
        "percent % and braces {} and pipe | and caret ^ and `backtick`",
        String(repeating: "long text with ümlauts ", count: 450),
    ]

    /// One node per hostile string as its label, alias, text and attribute,
    /// and edges between neighbours carrying the string as evidence.
    static func hostile() throws -> Graph {
        let article = Article(
            id: "article.hostile", source: "hostile \"file\".txt", title: hostileStrings[3],
            publisher: hostileStrings[9], author: hostileStrings[7], url: "https://example.org/a b?c=\"d\"&e=<f>")
        var nodes: [Node] = []
        var edges: [Edge] = []
        let types = NodeType.allCases
        for (index, text) in hostileStrings.enumerated() {
            let type = types[index % types.count]
            let provenance = Provenance(article: article.id, sentence: index, start: index, end: index + 5, evidence: text)
            nodes.append(Node(
                id: "\(type.idPrefix).hostile-\(index)", type: type, kind: text, label: text, aliases: [text + " alias"],
                text: type == .statement ? text : nil, date: type == .statement ? text : nil,
                attributes: [Attribute(key: "note", value: text)], provenance: [provenance]))
        }
        for index in 1..<nodes.count {
            let provenance = Provenance(
                article: article.id, sentence: index, start: 0, end: 3, evidence: hostileStrings[index])
            edges.append(Edge(source: nodes[index - 1].id, relation: Relation.vocabulary[index % Relation.vocabulary.count],
                              target: nodes[index].id, provenance: [provenance, provenance.moved(by: 7)]))
        }
        return try Graph(articles: [article], nodes: nodes, edges: edges)
    }
}

extension Provenance {
    func moved(by offset: Int) -> Provenance {
        Provenance(article: article, sentence: sentence, start: start + offset, end: end + offset, evidence: evidence)
    }
}

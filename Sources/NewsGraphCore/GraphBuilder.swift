/// Collects nodes and edges from many articles and merges what is the same.
///
/// Nodes with the same id become one: aliases, attributes and provenance are
/// joined; the first label, kind, text and date are kept unless a later one
/// is longer (a fuller name). Edges with the same (source, relation, target)
/// become one edge whose provenance counts every mention.
///
///     var builder = GraphBuilder()
///     builder.add(article)
///     builder.add(Node(id: "actor.germany", type: .actor, kind: "Country", label: "Germany"))
///     builder.add(Edge(source: "actor.germany", relation: .arms, target: "actor.ukraine"))
///     let graph = try builder.build()
public struct GraphBuilder: Sendable {
    private var articles: [Article] = []
    private var nodes: [Node] = []
    private var nodeIndex: [String: Int] = [:]
    private var edges: [Edge] = []

    public init() {}

    /// Starts from an existing graph, to add more to it.
    public init(_ graph: Graph) {
        for article in graph.articles { add(article) }
        for node in graph.nodes { add(node) }
        for edge in graph.edges { add(edge) }
    }

    public mutating func add(_ article: Article) {
        articles.append(article)
    }

    /// Ids of the articles added so far.
    public var articleIDs: Set<String> { Set(articles.map(\.id)) }

    public mutating func add(_ node: Node) {
        guard let at = nodeIndex[node.id] else {
            nodeIndex[node.id] = nodes.count
            nodes.append(node)
            return
        }
        nodes[at].merge(node)
    }

    public mutating func add(_ edge: Edge) {
        edges.append(edge)
    }

    /// Adds every article, node and edge of `graph`.
    public mutating func add(_ graph: Graph) {
        for article in graph.articles { add(article) }
        for node in graph.nodes { add(node) }
        for edge in graph.edges { add(edge) }
    }

    /// Whether a node with `id` was added.
    public func contains(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// The graph of everything added.
    ///
    /// - Throws: ``GraphError`` for an invalid node id or an edge to a node never added.
    public func build() throws -> Graph {
        try Graph(articles: articles, nodes: nodes, edges: edges)
    }
}

extension Node {
    /// Joins what `other` (a node with the same id) knows.
    mutating func merge(_ other: Node) {
        var names = Set(aliases).union(other.aliases)
        names.insert(label)
        names.insert(other.label)
        if other.label.unicodeScalars.count > label.unicodeScalars.count { label = other.label }
        names.remove(label)
        aliases = Array(names)
        kind = kind ?? other.kind
        if let otherText = other.text, (text ?? "").unicodeScalars.count < otherText.unicodeScalars.count {
            text = otherText
        }
        date = date ?? other.date
        attributes += other.attributes.filter { new in !attributes.contains { $0.key == new.key } }
        provenance += other.provenance
    }
}

/// Collects nodes and edges from many articles and merges what is the same.
///
/// Nodes with the same id become one: aliases, attributes and provenance are
/// joined; the longest label (a fuller name) and its kind are kept, by rules
/// that do not depend on the order of adding (see ``Node/merge(_:)``). Edges
/// with the same (source, relation, target) become one edge whose provenance
/// counts every mention.
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

    /// Adds everything `other` collected (from other articles): what one
    /// builder over both sets of articles would hold.
    public mutating func add(_ other: GraphBuilder) {
        articles += other.articles
        for node in other.nodes { add(node) }
        edges += other.edges
    }

    /// Whether a node with `id` was added.
    public func contains(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// The graph of everything added.
    ///
    /// - Throws: ``GraphError`` for an invalid node id or an edge to a node never added.
    ///
    /// - Parameter maxEvidence: where given, the most provenance records kept
    ///   per node and edge (their support still counts them all).
    public func build(maxEvidence: Int? = nil) throws -> Graph {
        try Graph(articles: articles, nodes: nodes, edges: edges, maxEvidence: maxEvidence)
    }
}

extension Node {
    /// Joins what `other` (a node with the same id) knows, by rules that do
    /// not depend on which came first, so that graphs merge alike in any
    /// order and grouping: the longer label wins (the smaller one in code
    /// point order on a tie), and so does the longer statement text; of
    /// differing kinds and dates the smaller is kept (kinds rarely differ:
    /// the lexicon fixes most); every alias, attribute and provenance record
    /// is kept; supports add up.
    mutating func merge(_ other: Node) {
        var names = Set(aliases).union(other.aliases)
        names.insert(label)
        names.insert(other.label)
        if Self.prefers(other.label, over: label) { label = other.label }
        names.remove(label)
        aliases = Array(names)
        if let otherText = other.text, Self.prefers(otherText, over: text ?? "") { text = otherText }
        kind = Support.earlier(kind, other.kind)
        date = Support.earlier(date, other.date)
        attributes += other.attributes
        provenance += other.provenance
        support = support + other.support
    }

    /// Whether `a` is the name (or text) to keep over `b`: longer in code
    /// points, then smaller in code point order.
    static func prefers(_ a: String, over b: String) -> Bool {
        let lengthA = a.unicodeScalars.count, lengthB = b.unicodeScalars.count
        if lengthA != lengthB { return lengthA > lengthB }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}

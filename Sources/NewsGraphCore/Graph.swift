/// A knowledge graph: the articles it was read from, its nodes and its edges.
///
/// A `Graph` is always valid and canonical: node ids are unique and valid,
/// every edge joins two of its nodes, there is one edge per (source,
/// relation, target), and nodes, edges, aliases, attributes and provenance
/// are sorted. Writers may rely on that; the same content always gives the
/// same bytes.
public struct Graph: Sendable, Hashable {
    public private(set) var articles: [Article]
    /// Sorted by id.
    public private(set) var nodes: [Node]
    /// Sorted by (source, relation, target).
    public private(set) var edges: [Edge]
    private var index: [String: Int]

    /// An empty graph.
    public init() {
        articles = []
        nodes = []
        edges = []
        index = [:]
    }

    /// Checks and canonicalizes the parts: duplicate edges are merged (their
    /// provenance joined, their support added), lists sorted, and each
    /// node's and edge's ``Support`` made at least what its provenance shows.
    ///
    /// - Parameter maxEvidence: where given, each node and edge keeps only
    ///   its first `maxEvidence` provenance records (in sorted order); its
    ///   support still counts them all.
    /// - Throws: ``GraphError`` for a duplicate or invalid node id or an edge
    ///   to a missing node.
    public init(articles: [Article], nodes: [Node], edges: [Edge], maxEvidence: Int? = nil) throws {
        let sortedArticles = Array(Set(articles)).sorted()
        var dates: [String: String] = [:]
        for article in sortedArticles { if let date = article.isoDate { dates[article.id] = date } }
        var byID: [String: Int] = [:]
        byID.reserveCapacity(nodes.count)
        let sortedNodes = nodes.map { $0.canonical(dates: dates, maxEvidence: maxEvidence) }.sorted { $0.id < $1.id }
        for (position, node) in sortedNodes.enumerated() {
            guard Identifier.isValid(node.id) else { throw GraphError(.invalidID, node.id) }
            guard byID.updateValue(position, forKey: node.id) == nil else {
                throw GraphError(.duplicateNode, node.id)
            }
        }
        var merged: [EdgeKey: Int] = [:]
        var joined: [Edge] = []
        joined.reserveCapacity(edges.count)
        for edge in edges {
            guard byID[edge.source] != nil, byID[edge.target] != nil else {
                throw GraphError(.danglingEdge, edge.id)
            }
            let key = EdgeKey(edge)
            if let at = merged[key] {
                joined[at].provenance += edge.provenance
                joined[at].support = joined[at].support + edge.support
            } else {
                merged[key] = joined.count
                joined.append(edge)
            }
        }
        var canonicalEdges = joined.map { $0.canonical(dates: dates, maxEvidence: maxEvidence) }
        canonicalEdges.sort { EdgeKey($0) < EdgeKey($1) }
        self.articles = sortedArticles
        self.nodes = sortedNodes
        self.edges = canonicalEdges
        self.index = byID
    }

    /// The node with `id`, if any.
    public func node(_ id: String) -> Node? {
        index[id].map { nodes[$0] }
    }

    /// The position of the node with `id` in ``nodes``, if any.
    public func position(of id: String) -> Int? { index[id] }

    /// The article with `id`, if any.
    public func article(_ id: String) -> Article? {
        articles.first { $0.id == id }
    }

    /// Graphs are equal when their articles, nodes and edges are.
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.articles == rhs.articles && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(articles)
        hasher.combine(nodes)
        hasher.combine(edges)
    }

    /// The attribute keys used by any node, sorted: what a writer must declare.
    public var attributeKeys: [String] {
        Array(Set(nodes.lazy.flatMap { $0.attributes.map(\.key) })).sorted()
    }
}

/// The identity of an edge, ordered as edges are sorted.
struct EdgeKey: Hashable, Comparable {
    let source: String
    let relation: String
    let target: String

    init(_ edge: Edge) {
        // Symmetric relations are stored one way only: smaller id first.
        if edge.relation.isSymmetric && edge.target < edge.source {
            source = edge.target
            target = edge.source
        } else {
            source = edge.source
            target = edge.target
        }
        relation = edge.relation.rawValue
    }

    static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
        (lhs.source, lhs.relation, lhs.target) < (rhs.source, rhs.relation, rhs.target)
    }
}

extension Node {
    /// Aliases sorted, unique and other than the label; attributes and
    /// provenance sorted and unique; support counted; provenance capped.
    func canonical(dates: [String: String], maxEvidence: Int?) -> Node {
        var copy = self
        copy.aliases = Array(Set(aliases).subtracting([label])).sorted()
        copy.attributes = Array(Set(attributes)).sorted()
        (copy.provenance, copy.support) = provenance.sortedUnique().supported(support, dates: dates, cap: maxEvidence)
        return copy
    }
}

extension Edge {
    /// Symmetric relations turned smaller id first; provenance sorted and
    /// unique; support counted; provenance capped.
    func canonical(dates: [String: String], maxEvidence: Int?) -> Edge {
        var copy = self
        let key = EdgeKey(self)
        copy.source = key.source
        copy.target = key.target
        (copy.provenance, copy.support) = provenance.sortedUnique().supported(support, dates: dates, cap: maxEvidence)
        return copy
    }
}

extension Array where Element == Provenance {
    func sortedUnique() -> [Provenance] {
        guard count > 1 else { return self }
        let sorted = self.sorted()
        var out: [Provenance] = [sorted[0]]
        for item in sorted.dropFirst() where item != out[out.count - 1] { out.append(item) }
        return out
    }

    /// This sorted provenance, cut to `cap` records, and the support it shows
    /// joined with what was `stated`.
    func supported(_ stated: Support, dates: [String: String], cap: Int?) -> ([Provenance], Support) {
        let support = stated.atLeast(Support.counting(self, dates: dates))
        guard let cap, count > cap else { return (self, support) }
        return (Array(prefix(Swift.max(0, cap))), support)
    }
}

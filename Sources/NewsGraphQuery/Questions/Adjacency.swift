import NewsGraphCore

/// Every node's edges, both ways, for undirected traversal.
struct Adjacency: Sendable {
    /// One step from a node: the edge (index into `Graph.edges`), the node at
    /// its other end, and whether the edge points away from the node.
    struct Hop: Sendable, Equatable {
        var edge: Int
        var neighbor: Int
        var outgoing: Bool
    }

    let hops: [[Hop]]

    init(_ graph: Graph) {
        var hops = [[Hop]](repeating: [], count: graph.nodes.count)
        for (index, edge) in graph.edges.enumerated() {
            guard let source = graph.position(of: edge.source), let target = graph.position(of: edge.target) else { continue }
            hops[source].append(Hop(edge: index, neighbor: target, outgoing: true))
            if source != target { hops[target].append(Hop(edge: index, neighbor: source, outgoing: false)) }
        }
        self.hops = hops
    }
}

import NewsGraphCore

/// The keys one graph needs, found in one pass before anything is written
/// (GraphML declares every key before the graph).
///
/// `label`, `type`, `mentions` and `article_count` are always declared for
/// nodes, `relation`, `label`, `mentions` and `article_count` for edges; the
/// others only when some node or edge has a value for them.
struct GraphMLKeyPlan {
    let graphKeys: [GraphMLKey]
    let nodeKeys: [GraphMLKey]
    let edgeKeys: [GraphMLKey]

    init(_ graph: Graph) {
        var uses = Uses()
        for node in graph.nodes { uses.add(node) }
        for edge in graph.edges { uses.add(edge) }
        graphKeys = graph.articles.isEmpty ? [] : [.articles]
        var node: [GraphMLKey] = [.label, .type]
        if uses.kind { node.append(.kind) }
        if uses.aliases { node.append(.aliases) }
        if uses.text { node.append(.text) }
        if uses.date { node.append(.date) }
        node += uses.attributes.sorted().map(GraphMLKey.attribute)
        node += Self.provenanceKeys(.node, any: uses.nodeProvenance, more: uses.moreNodeProvenance)
        node += GraphMLKey.support(.node, dates: uses.nodeDates)
        nodeKeys = node
        edgeKeys =
            [.relation, .edgeLabel]
            + Self.provenanceKeys(.edge, any: uses.edgeProvenance, more: uses.moreEdgeProvenance)
            + GraphMLKey.support(.edge, dates: uses.edgeDates)
    }

    /// Every key, in the order they are declared.
    var all: [GraphMLKey] { graphKeys + nodeKeys + edgeKeys }

    private static func provenanceKeys(_ domain: GraphMLKey.Domain, any: Bool, more: Bool) -> [GraphMLKey] {
        var keys = any ? GraphMLKey.provenance(domain) : []
        keys.append(.mentions(domain))
        if more { keys.append(.moreProvenance(domain)) }
        return keys
    }

    /// Which optional fields occur.
    private struct Uses {
        var kind = false, aliases = false, text = false, date = false
        /// Attribute keys with a non-empty value somewhere.
        var attributes: Set<String> = []
        var nodeProvenance = false, moreNodeProvenance = false
        var edgeProvenance = false, moreEdgeProvenance = false
        var nodeDates = false, edgeDates = false

        mutating func add(_ node: Node) {
            kind = kind || !(node.kind ?? "").isEmpty
            aliases = aliases || !node.aliases.isEmpty
            text = text || !(node.text ?? "").isEmpty
            date = date || !(node.date ?? "").isEmpty
            for attribute in node.attributes where !attribute.value.isEmpty { attributes.insert(attribute.key) }
            nodeProvenance = nodeProvenance || !node.provenance.isEmpty
            moreNodeProvenance = moreNodeProvenance || node.provenance.count > 1
            nodeDates = nodeDates || node.support.firstDate != nil
        }

        mutating func add(_ edge: Edge) {
            edgeProvenance = edgeProvenance || !edge.provenance.isEmpty
            moreEdgeProvenance = moreEdgeProvenance || edge.provenance.count > 1
            edgeDates = edgeDates || edge.support.firstDate != nil
        }
    }
}

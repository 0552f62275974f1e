/// A directed edge: `source` stands in `relation` to `target`.
///
/// A graph holds at most one edge per (source, relation, target); every
/// sentence that supports it adds to `provenance`.
public struct Edge: Hashable, Sendable {
    public var source: String
    public var target: String
    public var relation: Relation
    /// Every place the edge was read, sorted; the first ones only where a
    /// graph was built with a cap on evidence (``support`` stays exact).
    public var provenance: [Provenance]
    /// How many articles and mentions support the edge, and when.
    public var support: Support

    public init(
        source: String, relation: Relation, target: String, provenance: [Provenance] = [], support: Support = .none
    ) {
        self.source = source
        self.relation = relation
        self.target = target
        self.provenance = provenance
        self.support = support
    }

    /// A unique, stable id: `source:relation:target`. Node ids never hold
    /// `:`, so the id is unambiguous; it is an XML NMTOKEN.
    public var id: String { "\(source):\(relation.rawValue):\(target)" }

    /// How many mentions support the edge (in a built graph: exact, even where provenance is capped).
    public var mentionCount: Int { max(support.mentions, provenance.count) }
}

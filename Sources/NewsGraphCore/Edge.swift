/// A directed edge: `source` stands in `relation` to `target`.
///
/// A graph holds at most one edge per (source, relation, target); every
/// sentence that supports it adds to `provenance`.
public struct Edge: Hashable, Sendable {
    public var source: String
    public var target: String
    public var relation: Relation
    /// Every place the edge was read, sorted; its count is the number of
    /// mentions that support the edge.
    public var provenance: [Provenance]

    public init(source: String, relation: Relation, target: String, provenance: [Provenance] = []) {
        self.source = source
        self.relation = relation
        self.target = target
        self.provenance = provenance
    }

    /// A unique, stable id: `source:relation:target`. Node ids never hold
    /// `:`, so the id is unambiguous; it is an XML NMTOKEN.
    public var id: String { "\(source):\(relation.rawValue):\(target)" }

    /// How many mentions support the edge.
    public var mentionCount: Int { provenance.count }
}

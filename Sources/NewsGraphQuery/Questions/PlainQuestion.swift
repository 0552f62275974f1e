/// A question without a query language, as `newsgraph query` flags ask it.
public enum PlainQuestion: Sendable, Equatable {
    /// `--subject`, `--relation`, `--object`, `--type`, `--kind` (edges; or nodes with only type/kind).
    case edges(EdgeQuestion)
    /// `--neighbors NAME [--depth N]`.
    case neighbors(String, depth: Int)
    /// `--path A B`: every shortest path, up to `limit` of them.
    case path(from: String, to: String, limit: Int)
    /// `--statements [--speaker NAME]`.
    case statements(speaker: String?)
}

/// Filters on edges, each matched case-insensitively; nil matches anything.
///
/// `subject` and `object` are names (label, alias or id), `relation` a
/// relation name (`supplies`, `member of`). `type` and `kind` keep edges
/// whose subject or object has that node type (`Actor`, `WeaponSystem`,
/// `Place`, `Statement`) or kind (`Country`, `AirDefense`). With only `type`
/// and `kind`, the answer lists nodes.
public struct EdgeQuestion: Sendable, Equatable {
    public var subject: String?
    public var relation: String?
    public var object: String?
    public var type: String?
    public var kind: String?

    public init(subject: String? = nil, relation: String? = nil, object: String? = nil, type: String? = nil, kind: String? = nil) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.type = type
        self.kind = kind
    }

    /// Whether only node filters are set.
    var asksForNodes: Bool { subject == nil && relation == nil && object == nil && (type != nil || kind != nil) }
}

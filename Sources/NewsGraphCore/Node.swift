/// A node of the graph: an actor, a weapon system, a place or a statement.
public struct Node: Hashable, Sendable {
    /// Stable and content-derived (`actor.united-states`); see ``Identifier``.
    public var id: String
    public var type: NodeType
    /// The subtype: `Country`, `Organization`, `Person`, `Group` for actors;
    /// `AirDefense`, `Missile`, `Ship`, ... for weapons; `City`, `Sea`, ... for
    /// places; `direct` or `reported` for statements.
    public var kind: String?
    /// The canonical name: the fullest common name of the entity; for a
    /// statement, the start of its text.
    public var label: String
    /// Every other surface form seen for the entity, sorted.
    public var aliases: [String]
    /// A statement's words, without the reporting frame.
    public var text: String?
    /// A statement's date phrase as the text gives it ("on Wednesday").
    public var date: String?
    /// Further facts (maker, origin, latitude, ...), sorted by key.
    public var attributes: [Attribute]
    /// Every place the node was read, sorted; the first ones only where a
    /// graph was built with a cap on evidence (``support`` stays exact).
    public var provenance: [Provenance]
    /// How many articles and mentions support the node, and when.
    public var support: Support

    public init(
        id: String, type: NodeType, kind: String? = nil, label: String, aliases: [String] = [],
        text: String? = nil, date: String? = nil, attributes: [Attribute] = [], provenance: [Provenance] = [],
        support: Support = .none
    ) {
        self.id = id
        self.type = type
        self.kind = kind
        self.label = label
        self.aliases = aliases
        self.text = text
        self.date = date
        self.attributes = attributes
        self.provenance = provenance
        self.support = support
    }

    /// The value of the attribute named `key`, if any.
    public subscript(attribute key: String) -> String? {
        attributes.first { $0.key == key }?.value
    }
}

/// A named fact on a node, such as `maker` or `origin`.
public struct Attribute: Hashable, Comparable, Sendable {
    /// A token made of letters, digits and `_` (it names a GraphML key and an RDF property).
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public static func < (lhs: Attribute, rhs: Attribute) -> Bool { (lhs.key, lhs.value) < (rhs.key, rhs.value) }
}

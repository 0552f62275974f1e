import NewsGraphCore

/// One entity or cue word the lexicon knows, with the part its surface forms play.
///
/// A row of the lexicon TSV (see ``Lexicon``) gives one entry and its aliases.
public struct LexiconEntry: Hashable, Sendable {
    /// What the matched words are.
    public enum Role: String, Sendable, CaseIterable {
        /// A proper name of the entity (`Iron Dome`, `United States`).
        case name
        /// A national adjective or people name standing for the country (`German`, `Israelis`).
        case demonym
        /// A capital city that may stand for the country's government (`Washington`).
        case capital
        /// A title or role noun that introduces a person (`spokesman`, `Defence Minister`).
        case title
        /// A form of address that introduces a person (`Mr`, `Dr`).
        case honorific
        /// A head word that types an unknown capitalized name (`Ministry`, `system`, `Valley`).
        case head
        /// A category word that is an entity where it is the object of a relation (`artillery rounds`).
        case generic
        /// Words that are not entities and hide shorter matches inside them (`bulk carrier`).
        case ignore
    }

    /// The canonical name: the node label.
    public var canonical: String
    public var type: NodeType
    /// The subtype (`Country`, `AirDefense`, `City`), if any.
    public var kind: String?
    public var role: Role
    /// Facts such as `maker`, `origin`, `country`, `latitude`.
    public var attributes: [Attribute]

    public init(canonical: String, type: NodeType, kind: String?, role: Role, attributes: [Attribute] = []) {
        self.canonical = canonical
        self.type = type
        self.kind = kind
        self.role = role
        self.attributes = attributes
    }

    /// The value of the attribute named `key`, if any.
    public subscript(attribute key: String) -> String? {
        attributes.first { $0.key == key }?.value
    }

    /// Whether the entry names an entity (rather than being a cue word).
    var isEntity: Bool { role != .title && role != .honorific && role != .head && role != .ignore }
}

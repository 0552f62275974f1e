/// What a node stands for. The raw values are the names every format writes
/// (`metadata.type` in JSON Graph Format, `type` in GraphML, `ng:Actor` in RDF).
public enum NodeType: String, CaseIterable, Sendable, Comparable, Codable {
    /// Who acts: a state, an organization, a person or a group of people.
    case actor = "Actor"
    /// A named weapon system or platform, or a category of weapons.
    case weaponSystem = "WeaponSystem"
    /// A region, city, territory, sea or facility.
    case place = "Place"
    /// Something an actor said: a direct quote or reported speech.
    case statement = "Statement"

    /// The prefix of the ids of nodes of this type (`actor.united-states`).
    public var idPrefix: String {
        switch self {
        case .actor: "actor"
        case .weaponSystem: "weapon"
        case .place: "place"
        case .statement: "statement"
        }
    }

    public static func < (lhs: NodeType, rhs: NodeType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

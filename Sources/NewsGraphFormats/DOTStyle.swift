import NewsGraphCore

/// How the DOT writer draws each node type and relation: data, not code.
enum DOTStyle {
    /// Shape, extra style and fill colour of a node of `type` and `kind`.
    struct NodeLook: Equatable {
        var shape: String
        var style: String
        var fill: String
    }

    static func look(_ type: NodeType, kind: String?) -> NodeLook {
        switch type {
        case .actor:
            NodeLook(shape: "box", style: "rounded,filled", fill: actorFills[kind ?? ""] ?? "#deebf7")
        case .weaponSystem: NodeLook(shape: "hexagon", style: "filled", fill: "#fc9272")
        case .place: NodeLook(shape: "ellipse", style: "filled", fill: "#a1d99b")
        case .statement: NodeLook(shape: "note", style: "filled", fill: "#fff7bc")
        }
    }

    /// Actors are coloured by kind.
    static let actorFills: [String: String] = [
        "Country": "#9ecae1", "Organization": "#c6dbef", "Person": "#fdd0a2", "Group": "#dadaeb",
    ]

    /// Relations are drawn in groups; each group has a colour and a line style.
    struct EdgeGroup {
        var name: String
        var relations: [Relation]
        var color: String
        var style: String
    }

    static let edgeGroups: [EdgeGroup] = [
        EdgeGroup(name: "transfer", relations: [.supplies, .arms, .acquires], color: "#3182bd", style: "solid"),
        EdgeGroup(name: "use", relations: [.operates, .deploys], color: "#6baed6", style: "solid"),
        EdgeGroup(name: "violence", relations: [.attacks, .kills, .opposes], color: "#de2d26", style: "solid"),
        EdgeGroup(name: "support", relations: [.supports], color: "#31a354", style: "solid"),
        EdgeGroup(name: "structure", relations: [.memberOf, .partOf, .locatedIn, .madeBy], color: "#636363", style: "solid"),
        EdgeGroup(name: "speech", relations: [.states, .mentions, .reportedBy], color: "#969696", style: "dashed"),
    ]

    /// Relations from other tools.
    static let otherGroup = EdgeGroup(name: "other", relations: [], color: "#000000", style: "dotted")

    /// The entries of the legend's node part: type, kind, caption.
    static let legendNodes: [(NodeType, String?, String)] = [
        (.actor, "Country", "Actor: country"), (.actor, "Organization", "Actor: organization"),
        (.actor, "Person", "Actor: person"), (.actor, "Group", "Actor: group"),
        (.weaponSystem, nil, "Weapon system"), (.place, nil, "Place"), (.statement, nil, "Statement"),
    ]
}

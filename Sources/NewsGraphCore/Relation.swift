/// The name of an edge's relation: one of the extraction vocabulary
/// (`supplies`, `attacks`, ...) or, for graphs read from other tools, any
/// other token.
///
/// Raw values are lower-case tokens made of letters, digits and `_`, so that
/// they can stand in XML NMTOKENs, Turtle local names and DOT labels alike.
public struct Relation: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts any non-empty name; characters outside `[A-Za-z0-9_]` become `_`.
    ///
    ///     Relation(rawValue: "member of")?.rawValue  // "member_of"
    public init?(rawValue: String) {
        guard !rawValue.isEmpty else { return nil }
        var scalars = String.UnicodeScalarView()
        for scalar in rawValue.unicodeScalars {
            let isToken = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            scalars.append(isToken ? scalar : "_")
        }
        self.rawValue = String(scalars)
    }

    private init(known: String) { rawValue = known }

    public var description: String { rawValue }

    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rawValue < rhs.rawValue }

    // Relations between entities (see the annotation guideline).
    public static let supplies = Relation(known: "supplies")
    public static let arms = Relation(known: "arms")
    public static let acquires = Relation(known: "acquires")
    public static let operates = Relation(known: "operates")
    public static let deploys = Relation(known: "deploys")
    public static let attacks = Relation(known: "attacks")
    public static let kills = Relation(known: "kills")
    public static let supports = Relation(known: "supports")
    public static let opposes = Relation(known: "opposes")
    public static let memberOf = Relation(known: "member_of")
    public static let partOf = Relation(known: "part_of")
    public static let locatedIn = Relation(known: "located_in")
    public static let madeBy = Relation(known: "made_by")

    // Edges around statements.
    public static let states = Relation(known: "states")
    public static let mentions = Relation(known: "mentions")
    public static let reportedBy = Relation(known: "reported_by")

    /// The relations the extractor produces, in the guideline's order.
    public static let vocabulary: [Relation] = [
        .supplies, .arms, .acquires, .operates, .deploys, .attacks, .kills, .supports, .opposes,
        .memberOf, .partOf, .locatedIn, .madeBy, .states, .mentions, .reportedBy,
    ]

    /// Relations that hold both ways (`opposes`); stored with the smaller id as source.
    public var isSymmetric: Bool { self == .opposes }

    /// A one-line English gloss, for vocabularies, legends and help.
    public var gloss: String {
        switch rawValue {
        case "supplies": "sends, delivers, sells or pledges a weapon"
        case "arms": "supplies weapons or military aid to another actor"
        case "acquires": "buys, orders or takes delivery of a weapon"
        case "operates": "uses, fires or is trained to use a weapon"
        case "deploys": "moves, stations or positions its own weapon somewhere"
        case "attacks": "strikes, shells, invades or wages war on"
        case "kills": "kills members of"
        case "supports": "backs politically, diplomatically or militarily"
        case "opposes": "is in conflict or confrontation with"
        case "member_of": "is an official, member or employee of"
        case "part_of": "belongs to a larger body or lies within a larger place"
        case "located_in": "is, is based or was sent to"
        case "made_by": "is made by, or originates from"
        case "states": "said or claimed"
        case "mentions": "names in its words"
        case "reported_by": "was relayed by the outlet"
        default: rawValue.replacingUnderscores()
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? " " : Character($0) })
    }
}

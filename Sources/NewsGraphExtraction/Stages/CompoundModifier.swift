import NewsGraphCore

/// The relations a hyphenated modifier states between its first part and the
/// noun it modifies: `Israeli-made Iron Dome`, `Iran-backed group`, `Kyiv-based institute`.
enum CompoundModifier {
    /// Suffix after the hyphen → (relation, whether the modified noun is the subject).
    static let relations: [String: (relation: Relation, nounIsSubject: Bool)] = [
        "made": (.madeBy, true), "built": (.madeBy, true), "designed": (.madeBy, true), "produced": (.madeBy, true),
        "manufactured": (.madeBy, true), "developed": (.madeBy, true),
        "backed": (.supports, false), "funded": (.supports, false), "sponsored": (.supports, false),
        "supported": (.supports, false), "aligned": (.supports, false),
        "supplied": (.supplies, false), "provided": (.supplies, false), "donated": (.supplies, false),
        "based": (.locatedIn, true), "headquartered": (.locatedIn, true),
    ]
}

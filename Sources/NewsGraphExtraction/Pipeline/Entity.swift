import NewsGraphCore

/// One referent of an article: every mention that stands for it joined.
struct Entity: Sendable {
    /// The key mentions use to point at the entity (`Actor|united states`).
    var key: String
    var type: NodeType
    var kind: String?
    /// The fullest name: the lexicon's canonical name or the longest proper surface form.
    var label: String
    /// Whether the label came from the lexicon (and so is not replaced by a longer surface form).
    var labelIsCanonical: Bool
    /// Every surface form seen.
    var aliases: Set<String> = []
    var attributes: [Attribute] = []

    /// The key for an entity of `type` named `name`. A body's name is the same in British and American
    /// spelling and with `Force` or `Forces` (`Israel Defence Force`, `Israel Defense Forces`).
    static func key(_ type: NodeType, _ name: String) -> String {
        var folded = LexiconKey.fold(name)
        if type == .actor {
            if folded.firstRange(of: "defence") != nil { folded = folded.replacing("defence", with: "defense") }
            if folded.hasSuffix(" forces") { folded.removeLast() }
            // `the government-led coalition` is the government coalition.
            if folded.hasSuffix("-led coalition") { folded = folded.replacing("-led coalition", with: " coalition") }
        }
        return type.rawValue + "|" + folded
    }
}

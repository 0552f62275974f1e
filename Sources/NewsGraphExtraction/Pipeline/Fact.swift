import NewsGraphCore

/// A relation read from one sentence: two entity keys, the relation, and where.
struct Fact: Sendable, Hashable {
    var subject: String
    var relation: Relation
    var object: String
    var sentence: Int
    /// Scalars of the words that state the relation (the trigger through its argument).
    var range: Range<Int>
}

/// Something an actor said, read from one or more sentences.
struct StatementFact: Sendable {
    /// The speaker's entity key.
    var speaker: String
    /// The words without the reporting frame.
    var text: String
    var kind: String
    /// The date phrase ("on Wednesday"), if any.
    var date: String?
    /// Entity key of the outlet that relayed it, if named.
    var reportedBy: String?
    /// Entity keys named inside the words.
    var mentions: [String]
    var sentence: Int
    var range: Range<Int>
}

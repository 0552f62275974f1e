/// Where a node or an edge was read: an article, a sentence in it, and a
/// character range.
///
/// **Offsets are Unicode scalars** (code points), half-open, counted from the
/// start of the article body that extraction saw (what `newsgraph text`
/// prints). That is how Python, networkx and the W3C TextPositionSelector
/// count, so `body[start:end]` in Python gives the mention.
public struct Provenance: Hashable, Comparable, Sendable {
    /// The id of the article (`Article.id`).
    public var article: String
    /// The sentence's index in the article body, from 0.
    public var sentence: Int
    /// First scalar of the mention.
    public var start: Int
    /// One past the last scalar of the mention.
    public var end: Int
    /// The sentence the mention was read in.
    public var evidence: String

    public init(article: String, sentence: Int, start: Int, end: Int, evidence: String) {
        self.article = article
        self.sentence = sentence
        self.start = start
        self.end = end
        self.evidence = evidence
    }

    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        (lhs.article, lhs.start, lhs.end, lhs.sentence, lhs.evidence) < (rhs.article, rhs.start, rhs.end, rhs.sentence, rhs.evidence)
    }
}

/// # NewsGraphText
///
/// Turns an input file into the article body that extraction reads: plain
/// text or a saved web page, then sentences and tokens with their ranges.
///
/// **Offsets are Unicode scalars**, half-open, from the start of ``Document/text``
/// (what `newsgraph text` prints): `text.unicodeScalars` indices, which is
/// how Python counts `str` indices.
import NewsGraphCore

/// An article body ready for extraction: its text, sentences and tokens.
public struct Document: Sendable {
    /// The article this body belongs to, with whatever metadata the input gave.
    public var article: Article
    /// The body text.
    public let text: String
    /// The body as scalars, so that ranges slice it in O(1).
    public let scalars: [Unicode.Scalar]
    /// The sentences in order; each holds its tokens (none for the copies of
    /// a sentence repeated more than ``SentenceSplitter/maximumRepeats`` times).
    public let sentences: [Sentence]

    /// How many sentences were left unread as repeats (see ``SentenceSplitter``).
    public var unreadRepeats: Int { sentences.count { $0.tokens.isEmpty } }

    /// Splits `text` into sentences and tokens.
    public init(article: Article, text: String) {
        self.article = article
        self.text = text
        let scalars = ScalarText.scalars(of: text)
        self.scalars = scalars
        self.sentences = SentenceSplitter().split(Tokenizer().tokens(of: scalars), in: scalars)
    }

    /// The text at a scalar range (clamped to the body).
    public func text(in range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return ScalarText.string(scalars[lower..<upper])
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String { text(in: sentence.range) }

    /// Whether sentence `index` begins a paragraph: it is the first, or a line break stands between it and the one before.
    public func opensParagraph(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let gap = sentences[index - 1].range.upperBound..<sentences[index].range.lowerBound
        return scalars[gap].contains { $0 == "\n" || $0 == "\r" }
    }
}

/// A sentence of a document: its index, scalar range and tokens.
public struct Sentence: Hashable, Sendable {
    /// Position in the document, from 0.
    public let index: Int
    /// Scalar offsets of the sentence in the document, from its first token to its last.
    public let range: Range<Int>
    public let tokens: [Token]

    public init(index: Int, range: Range<Int>, tokens: [Token]) {
        self.index = index
        self.range = range
        self.tokens = tokens
    }
}

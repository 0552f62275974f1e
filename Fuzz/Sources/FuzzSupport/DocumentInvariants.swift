import NewsGraphCore
import NewsGraphText

/// What holds for every document, whatever bytes it was read from: sentences
/// in order and inside the body, tokens inside their sentence and equal to
/// the text at their range, provenance inside the body.
public enum DocumentInvariants {
    public static func check(_ document: Document, _ what: String) {
        let length = document.scalars.count
        var previousEnd = 0
        for (position, sentence) in document.sentences.enumerated() {
            FuzzCheck.require(sentence.index == position, "\(what): sentence \(position) has index \(sentence.index)")
            FuzzCheck.require(
                sentence.range.lowerBound >= previousEnd && sentence.range.upperBound <= length,
                "\(what): sentence \(position) at \(sentence.range) overlaps the one before or leaves the body (\(length) scalars)")
            previousEnd = sentence.range.upperBound
            var tokenEnd = sentence.range.lowerBound
            for token in sentence.tokens {
                FuzzCheck.require(
                    token.range.lowerBound >= tokenEnd && token.range.upperBound <= sentence.range.upperBound
                        && !token.range.isEmpty,
                    "\(what): token '\(token.text)' at \(token.range) is out of order or outside sentence \(sentence.range)")
                FuzzCheck.require(
                    document.text(in: token.range) == token.text,
                    "\(what): token '\(token.text)' is not the text at its range \(token.range)")
                tokenEnd = token.range.upperBound
            }
        }
    }

    /// Every provenance range of the graph's nodes and edges lies inside the body.
    public static func check(_ graph: Graph, of document: Document, _ what: String) {
        let length = document.scalars.count
        let records = graph.nodes.flatMap(\.provenance) + graph.edges.flatMap(\.provenance)
        for record in records where record.article == document.article.id {
            FuzzCheck.require(
                record.start >= 0 && record.start <= record.end && record.end <= length,
                "\(what): provenance \(record.start)..<\(record.end) lies outside the body of \(length) scalars")
        }
    }
}

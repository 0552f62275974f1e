import NewsGraphSyntax
import NewsGraphText

/// Parses the sentences of a document as the extractor sees them, and
/// writes them as CoNLL-U.
public struct SentenceParser: Sendable {
    public let analyzer: SyntaxAnalyzer

    public init(model: SyntaxModel, beamWidth: Int? = nil) {
        analyzer = SyntaxAnalyzer(model: model, beamWidth: beamWidth)
    }

    /// Every sentence of the document, tagged and parsed.
    public func parse(_ document: Document) -> [SentenceSyntax] {
        document.sentences.map {
            var syntax = SentenceSyntax($0, analyzer: analyzer)
            syntax.parse(with: analyzer)
            return syntax
        }
    }

    /// The document as CoNLL-U: a `# newdoc id` line, then per sentence its id
    /// and text, a multiword token line (`3-5 Russian-made`) before each split
    /// token, and in MISC the word's scalar range in the document
    /// (`Range=120:127`, half-open) and `SpaceAfter=No` where no space follows.
    public func conllu(_ document: Document) -> String {
        var out = "# newdoc id = \(document.article.id)\n"
        for (sentence, parsed) in zip(document.sentences, parse(document)) {
            out += "# sent_id = \(document.article.id)-\(sentence.index + 1)\n"
            out += "# text = \(oneLine(document.text(of: sentence)))\n"
            for (token, words) in parsed.wordsOfToken.enumerated() where !words.isEmpty {
                let adjacent = token + 1 < sentence.tokens.count && sentence.tokens[token + 1].range.lowerBound == sentence.tokens[token].range.upperBound
                if words.count > 1 {
                    out += "\(words.lowerBound + 1)-\(words.upperBound)\t\(sentence.tokens[token].text)\t_\t_\t_\t_\t_\t_\t_\t\(adjacent ? "SpaceAfter=No" : "_")\n"
                }
                for word in words {
                    let noSpace = words.count == 1 && adjacent
                    let range = parsed.ranges[word]
                    let misc = "Range=\(range.lowerBound):\(range.upperBound)" + (noSpace ? "|SpaceAfter=No" : "")
                    let fields = [
                        "\(word + 1)", parsed.forms[word], "_", parsed.upos[word], parsed.xpos[word], "_",
                        "\(parsed.heads[word] + 1)", parsed.relations[word], "_", misc,
                    ]
                    out += fields.joined(separator: "\t") + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// Text on one line: line breaks and tabs as spaces.
    private func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }
}

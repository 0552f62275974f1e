import NewsGraphCore

/// Links acronyms introduced in the text (`US Central Command (CENTCOM)`,
/// `Line of Control (LoC)`) to their entity, wherever they occur in the article.
///
/// Needs: ``NameFinder``. Replaces or adds mentions of the acronym.
struct AcronymLinker: ExtractionStage {
    func run(_ document: inout AnnotatedDocument) {
        var acronyms: [String: Mention] = [:]
        for sentence in document.mentions.indices {
            let tokens = document.tokens(sentence)
            for mention in document.mentions[sentence] where mention.isEntity && mention.kind != "Unknown" {
                var at = mention.tokens.upperBound
                // `the United Nations mission in the country (MONUSCO)`: a known body's acronym after where the mission is.
                let office = mention.kind == "Organization" && mention.text.hasSuffix(" mission")
                if office, at + 3 < tokens.count, tokens[at].text == "in", let close = tokens[at..<min(tokens.count, at + 5)].firstIndex(where: { $0.text == "(" }) {
                    at = close
                }
                guard at + 2 < tokens.count, tokens[at].text == "(", tokens[at + 2].text == ")", tokens[at + 1].kind == .word,
                    LexiconKey.hasInnerCapital(tokens[at + 1].text)
                else { continue }
                let acronym = tokens[at + 1].text
                if office, let known = document.mention(at: at + 1, in: sentence), known.type == .actor, known.kind == "Organization" {
                    document.replace(with: document.mention(known, spanning: mention.tokens))
                    continue
                }
                guard at == mention.tokens.upperBound else { continue }
                // The acronym starts with the initial of one of the name's words (`US Central Command (CENTCOM)`).
                let initials = Set(mention.text.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first.map { Character($0.uppercased()) } })
                guard let first = acronym.first, initials.contains(first) else { continue }
                acronyms[acronym] = mention
            }
        }
        guard !acronyms.isEmpty else { return }
        for sentence in document.mentions.indices {
            for (i, token) in document.tokens(sentence).enumerated() {
                guard let target = acronyms[token.text] else { continue }
                if let existing = document.mention(at: i, in: sentence), existing.kind != "Unknown" { continue }
                var mention = target
                mention.sentence = sentence
                mention.tokens = i..<i + 1
                mention.range = token.range
                mention.text = token.text
                mention.extraAliases = []
                document.replace(with: mention)
            }
        }
    }
}

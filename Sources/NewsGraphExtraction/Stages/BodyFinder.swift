import NewsGraphCore
import NewsGraphText

/// Finds national bodies named through their country: armed services
/// (`Indian Army`, `Ukraine's Air Force`, `Indian and Pakistani troops`) and
/// ministries (`Germany's Defence Ministry`, `Ministry of National Defense`,
/// `foreign ministry`).
///
/// A service's entity is keyed by country and service, so `Indian troops` and
/// `Indian Army` are one; a ministry by field and country, taking a known
/// lexicon body where there is one (`US Department of Defense`).
///
/// Needs: ``LexiconTagger``, ``NameFinder``. Adds or replaces mentions.
struct BodyFinder: ExtractionStage {
    let lexicon: Lexicon

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            findServices(sentence.index, &document)
            findMinistries(sentence.index, &document)
        }
    }

    // MARK: services

    private func findServices(_ sentence: Int, _ document: inout AnnotatedDocument) {
        // A territory that governs itself has forces too (`the Karabakh army`).
        let selfGoverning = { (m: Mention) in m.type == .place && m.kind == "Territory" && !m.attributes.contains { $0.key == "country" } }
        let countries = document.mentions[sentence].filter { ($0.isCountry || selfGoverning($0)) && $0.source != .reference }
        for country in countries {
            var at = country.tokens.upperBound
            if at < document.folded[sentence].count, document.tokens(sentence)[at].kind == .possessive { at += 1 }
            guard let (length, service) = serviceWords(sentence, at, document) else { continue }
            let span = country.tokens.lowerBound..<at + length
            document.replace(with: serviceMention(country, service, span: span, text: document.text(sentence, span), document))
            distribute(service, to: country, in: sentence, &document)
        }
    }

    /// A service phrase at token `at` not covered by another mention.
    private func serviceWords(_ sentence: Int, _ at: Int, _ document: AnnotatedDocument) -> (Int, (key: String, name: String))? {
        let folded = document.folded[sentence]
        for length in stride(from: BodyTables.longestService, through: 1, by: -1) where at + length <= folded.count {
            guard let service = BodyTables.services[Array(folded[at..<at + length])] else { continue }
            if let covering = document.mention(at: at, in: sentence), covering.role != .generic, covering.source != .pattern { return nil }
            return (length, service)
        }
        return nil
    }

    /// `Indian and Pakistani troops`: the service also belongs to the country before `and`.
    private func distribute(_ service: (key: String, name: String), to country: Mention, in sentence: Int, _ document: inout AnnotatedDocument) {
        let start = country.tokens.lowerBound
        guard start >= 2, document.folded[sentence][start - 1] == "and",
            let other = document.mention(at: start - 2, in: sentence), other.isCountry, other.role == .demonym
        else { return }
        let text = other.text + " " + document.text(sentence, country.tokens.upperBound..<country.tokens.upperBound + 1)
        document.replace(with: serviceMention(other, service, span: other.tokens, text: text, document))
    }

    private func serviceMention(_ country: Mention, _ service: (key: String, name: String), span: Range<Int>, text: String, _ document: AnnotatedDocument) -> Mention {
        var mention = country
        mention.tokens = span
        mention.range = document.scalars(country.sentence, span)
        mention.text = text
        mention.type = .actor
        mention.kind = "Organization"
        mention.role = .name
        mention.source = .pattern
        mention.canonical = country.canonical + " " + service.key
        mention.attributes = [Attribute(key: "country", value: country.canonical)]
        // `Israel's military` is the Israel Defense Forces, the army the lexicon knows for Israel.
        if let known = lexicon.body(service.key, country: country.canonical) {
            mention.canonical = known.canonical
            mention.source = .lexicon(known.index)
        }
        // A capital standing for its state (`Kiev's forces`) names the service by the state's name.
        mention.extraAliases = [(country.role == .capital ? country.canonical : country.text) + " " + service.name]
        return mention
    }

    // MARK: ministries

    private func findMinistries(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let folded = document.folded[sentence]
        for i in folded.indices where BodyTables.ministryWords.contains(folded[i]) {
            guard let (span, field) = ministrySpan(sentence, around: i, document) else { continue }
            if let covering = document.mention(at: i, in: sentence), case .lexicon = covering.source, covering.type == .actor {
                continue  // a body the lexicon knows by name
            }
            document.replace(with: ministryMention(sentence, span: span, field: field, document))
        }
    }

    /// `Ministry of (the) X` or `X Ministry`, with `Federal` before it.
    private func ministrySpan(_ sentence: Int, around i: Int, _ document: AnnotatedDocument) -> (Range<Int>, String)? {
        let folded = document.folded[sentence]
        var start = i
        var end = i + 1
        var field: String?
        if end < folded.count, folded[end] == "of" {
            var from = end + 1
            if from < folded.count, folded[from] == "the" { from += 1 }
            for length in [2, 1] where from + length <= folded.count {
                if let found = BodyTables.fields[Array(folded[from..<from + length])] {
                    field = found
                    end = from + length
                    break
                }
            }
        }
        if field == nil {
            for length in [2, 1] where i - length >= 0 {
                if let found = BodyTables.fields[Array(folded[i - length..<i])] {
                    field = found
                    start = i - length
                    break
                }
            }
        }
        guard let field else { return nil }
        if start > 0, folded[start - 1] == "federal" { start -= 1 }
        return (start..<end, field)
    }

    private func ministryMention(_ sentence: Int, span: Range<Int>, field: String, _ document: AnnotatedDocument) -> Mention {
        let text = document.text(sentence, span)
        var country: Mention?
        var full = span
        var at = span.lowerBound
        if at > 0, document.tokens(sentence)[at - 1].kind == .possessive { at -= 1 }
        if at > 0, let before = document.mention(at: at - 1, in: sentence), before.isCountry {
            country = before
            full = before.tokens.lowerBound..<span.upperBound
        }
        let known = country.flatMap { knownBody(field: field, country: $0.canonical) }
        var mention = Mention(
            sentence: sentence, tokens: full, range: document.scalars(sentence, full), text: text, type: .actor,
            kind: "Organization", role: .name, source: .pattern,
            canonical: known?.canonical ?? "ministry " + field + " " + (country?.canonical ?? ""))
        if let country {
            mention.attributes = [Attribute(key: "country", value: country.canonical)]
            mention.extraAliases = [document.text(sentence, full), country.canonical + " " + text]
        }
        if let known { mention.source = .lexicon(known.index) }
        return mention
    }

    /// The lexicon's body for a field and country (`ministry:defence` of the United States).
    private func knownBody(field: String, country: String) -> (canonical: String, index: Int)? {
        lexicon.body("ministry:" + field, country: country)
    }
}

/// Resolves `his country` and `her country` to the country of the person the
/// pronoun stands for, as a title gives it: `Japanese Prime Minister Fumio
/// Kishida said his country plans to buy Tomahawks` (Japan), `The French
/// President says his country has provided ...` (France), `Asked whether his
/// country will send a Patriot system, Jonson ...` (the country of `Swedish
/// Defence Minister Pål Jonson`, named earlier).
///
/// The person is the nearest person or title before the pronoun in its
/// sentence, else the first person after it, else the last person named
/// before the sentence. Without a title that names a country, nothing is
/// resolved.
///
/// Needs: ``CoreferenceResolver`` (the country's entity). Adds mentions with
/// source `.reference`.
struct OwnCountryFinder: ExtractionStage {
    static let pronouns: Set<String> = ["his", "her"]

    func run(_ document: inout AnnotatedDocument) {
        var found: [Mention] = []
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let folded = document.folded[sentence]
            for i in folded.indices.dropFirst() where folded[i] == "country" && Self.pronouns.contains(folded[i - 1]) {
                guard document.mention(at: i, in: sentence) == nil, document.mention(at: i - 1, in: sentence) == nil,
                    let person = person(before: i - 1, in: sentence, document), let country = country(of: person, document)
                else { continue }
                var mention = document.mention(country, spanning: i - 1..<i + 1, in: sentence)
                mention.source = .reference
                mention.extraAliases = []
                found.append(mention)
            }
        }
        for mention in found { document.replace(with: mention) }
    }

    /// Whom the pronoun at `p` stands for: a person or a title.
    private func person(before p: Int, in sentence: Int, _ document: AnnotatedDocument) -> Mention? {
        let mentions = document.mentions[sentence]
        if let near = mentions.last(where: { $0.tokens.upperBound <= p && (isPerson($0) || $0.role == .title) }) { return near }
        if let after = mentions.first(where: { $0.tokens.lowerBound > p && isPerson($0) }) { return after }
        return (max(0, sentence - 3)..<sentence).reversed().lazy.compactMap { document.mentions[$0].last(where: isPerson) }.first
    }

    private func isPerson(_ mention: Mention) -> Bool { mention.type == .actor && mention.kind == "Person" }

    /// The country a title of the person names, where the person is named or where a title names them elsewhere.
    private func country(of person: Mention, _ document: AnnotatedDocument) -> Mention? {
        if person.role == .title { return titleCountry(person, document) }
        if let own = titleCountry(before: person, document) { return own }
        let surname = person.text.split(separator: " ").last.map(String.init)
        for mentions in document.mentions {
            for other in mentions where isPerson(other) && other.text.split(separator: " ").last.map(String.init) == surname {
                if let country = titleCountry(before: other, document) { return country }
            }
        }
        return nil
    }

    /// The country of the title right before a person's name (`Swedish Defence Minister Pål Jonson`).
    private func titleCountry(before person: Mention, _ document: AnnotatedDocument) -> Mention? {
        guard let title = document.mentions[person.sentence].last(where: { $0.role == .title && $0.tokens.upperBound <= person.tokens.lowerBound }),
            title.tokens.upperBound == person.tokens.lowerBound
        else { return nil }
        return titleCountry(title, document)
    }

    /// The country right before a title (`French President`, `Latvia's defence minister`) or after its `of`.
    private func titleCountry(_ title: Mention, _ document: AnnotatedDocument) -> Mention? {
        let previous = document.mentions[title.sentence].last { $0.tokens.upperBound <= title.tokens.lowerBound }
        return previous.flatMap { TitleBodies.countryBefore(title, $0, document) } ?? TitleBodies.countryAfter(title, document)
    }
}

import NewsGraphCore

/// A person who buys, sells or sends weapons does so for a country:
/// `Lithuania's defense minister, Dovilė Šakalienė, signed an agreement to
/// purchase 44 Leopard 2A8 tanks` is Lithuania's purchase. The country is the
/// one the article makes the person a member of, directly (`President Andrzej
/// Duda of Poland`) or through one of its bodies (a ministry, an army). The deal
/// of a person whose country the article does not tell is left out.
///
/// Reads the whole article's facts, so it runs after every sentence is read.
enum PersonDeals {
    /// The deals (`supplies`, `acquires`, `arms` with a person as subject) as the country's.
    static func facts(_ deals: [Fact], in document: AnnotatedDocument) -> [Fact] {
        deals.compactMap { deal in
            guard let country = country(of: deal.subject, in: document), country != deal.object else { return nil }
            var fact = deal
            fact.subject = country
            return fact
        }
    }

    /// The first country the person is a member of, directly or through a body of it, where the words
    /// that make the person a member name the body or the country (`Polish Defence Minister X`, `X,
    /// Lithuania's defense minister`); a bare title (`President X`) may belong to any country.
    static func country(of person: String, in document: AnnotatedDocument) -> String? {
        for membership in document.facts where membership.subject == person && membership.relation == .memberOf {
            guard let country = country(ruling: membership.object, in: document) else { continue }
            let named = document.mentions[membership.sentence].contains { mention in
                (mention.entity == membership.object || mention.entity == country) && names(mention, membership, document)
            }
            if named { return country }
        }
        return nil
    }

    /// Whether the mention lies in the words of the fact, or right before them (`Lithuania's` before `defense minister`).
    private static func names(_ mention: Mention, _ fact: Fact, _ document: AnnotatedDocument) -> Bool {
        if mention.range.overlaps(fact.range) { return true }
        let tokens = document.tokens(fact.sentence)
        guard let first = tokens.firstIndex(where: { $0.range.contains(fact.range.lowerBound) }) else { return false }
        let end = mention.tokens.upperBound
        return end == first || end + 1 == first && tokens[end].kind == .possessive
    }

    /// The entity itself when it is a country, else the country whose body it is.
    private static func country(ruling key: String, in document: AnnotatedDocument) -> String? {
        guard let entity = document.entities[key] else { return nil }
        if entity.kind == "Country" { return key }
        if let name = entity.attributes.first(where: { $0.key == "country" })?.value {
            let country = Entity.key(.actor, name)
            return document.entities[country]?.kind == "Country" ? country : nil
        }
        return document.facts.first { $0.subject == key && $0.relation == .partOf && document.entities[$0.object]?.kind == "Country" }?.object
    }
}

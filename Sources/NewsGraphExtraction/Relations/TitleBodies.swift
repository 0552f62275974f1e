import NewsGraphCore

/// Ministries named only by a title and a country: `Russian Defence Minister
/// Andrei Belousov`, `Ukraine's defence minister` and `Minister of Defence of
/// Nigeria` name the country's
/// ministry of defence, a body the article may not spell out. A ministry the
/// lexicon knows for the country goes by its own name (`UK Ministry of
/// Defence`, `Polish Ministry of National Defence`); another is named after
/// the country and the field, with the usual other forms of the name as
/// aliases (`Ministry of Defence of Ukraine`, `Ukraine's Defense Ministry`).
///
/// Needs: ``CoreferenceResolver``. Adds: the ministries as entities and
/// ``AnnotatedDocument/titleBodies``, for ``ModifierRules`` to read.
enum TitleBodies {
    /// A ministry's field key → its name in `Ministry of X` and before `Ministry`.
    static let fieldNames: [String: (full: String, short: String)] = [
        "defence": ("Defence", "Defence"), "foreign affairs": ("Foreign Affairs", "Foreign"),
        "interior": ("Interior", "Interior"), "finance": ("Finance", "Finance"),
    ]

    /// Adds an entity for each country-and-title pair whose ministry the article does not name.
    static func add(to document: inout AnnotatedDocument, lexicon: Lexicon) {
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let mentions = document.mentions[sentence]
            for (position, title) in mentions.enumerated() where title.role == .title {
                guard let body = title.attributes.first(where: { $0.key == "body" })?.value, body.hasPrefix("ministry:"),
                    let names = fieldNames[String(body.dropFirst("ministry:".count))],
                    let country = (position > 0 ? countryBefore(title, mentions[position - 1], document) : nil) ?? countryAfter(title, document),
                    !namesMinistry(body, of: country, document)
                else { continue }
                let key = add(body, names, spelling: title.text, country: country, lexicon: lexicon, to: &document)
                document.titleBodies[TitleKey(sentence: sentence, token: title.tokens.lowerBound)] = key
            }
        }
    }

    /// The country right before a title (`Russian Defence Minister`, `Ukraine's defence minister`).
    static func countryBefore(_ title: Mention, _ previous: Mention, _ document: AnnotatedDocument) -> Mention? {
        guard previous.isCountry, !previous.entity.isEmpty else { return nil }
        let gap = previous.tokens.upperBound..<title.tokens.lowerBound
        let possessive = gap.count == 1 && document.tokens(title.sentence)[gap.lowerBound].kind == .possessive
        return gap.isEmpty || possessive ? previous : nil
    }

    /// The country in `of` right after a title (`Minister of Defence of Nigeria`).
    static func countryAfter(_ title: Mention, _ document: AnnotatedDocument) -> Mention? {
        let at = title.tokens.upperBound
        guard at + 1 < document.folded[title.sentence].count, document.folded[title.sentence][at] == "of",
            let next = document.mention(at: at + 1, in: title.sentence), next.isCountry, !next.entity.isEmpty, next.tokens.lowerBound == at + 1
        else { return nil }
        return next
    }

    /// Whether the article names the country's ministry of that field itself (or one of no stated country).
    private static func namesMinistry(_ body: String, of country: Mention, _ document: AnnotatedDocument) -> Bool {
        document.mentions.joined().contains { names(body, $0, country: country) }
    }

    /// Whether `mention` is an entity that names the body a title implies (`ministry:defence`): a ministry of
    /// that field, or a body the lexicon gives that attribute, of `country` or of no stated country.
    static func names(_ body: String, _ mention: Mention, country: Mention?) -> Bool {
        let field = body.hasPrefix("ministry:") ? String(body.dropFirst("ministry:".count)) : body
        return !mention.entity.isEmpty && (mention.canonical.hasPrefix("ministry " + field + " ")
            || (mention.role == .name && mention.attributes.contains { $0.key == "body" && $0.value == body }))
            && (country.map { country in mention.attributes.allSatisfy { $0.key != "country" || $0.value == country.canonical } } ?? true)
    }

    /// Adds (or extends) the ministry's entity: the lexicon's ministry of the field for the country if it knows
    /// one, else one named after the country; returns its key.
    private static func add(
        _ body: String, _ names: (full: String, short: String), spelling: String, country: Mention, lexicon: Lexicon,
        to document: inout AnnotatedDocument
    ) -> String {
        let american = spelling.lowercased().contains("defense")
        let full = american && names.full == "Defence" ? "Defense" : names.full
        let short = american && names.short == "Defence" ? "Defense" : names.short
        let label = country.text + " Ministry of " + full
        let countryName = document.entities[country.entity]?.label ?? country.canonical
        let known = lexicon.body(body, country: country.canonical)
        // One ministry per country and field, however the country is written (`Polish`, `Poland's`).
        let key = Entity.key(.actor, known?.canonical ?? countryName + " Ministry of " + names.full)
        var entity = document.entities[key] ?? known.map { known in
            let entry = lexicon.entry(known.index)
            return Entity(key: key, type: .actor, kind: entry.kind, label: known.canonical, labelIsCanonical: true, attributes: entry.attributes)
        } ?? Entity(
            key: key, type: .actor, kind: "Organization", label: label, labelIsCanonical: false,
            attributes: [Attribute(key: "country", value: country.canonical)])
        let other = full == "Defense" ? "Defence" : full == "Defence" ? "Defense" : nil
        for field in [full, other].compactMap({ $0 }) {
            let shortField = short == full ? field : short
            entity.aliases.formUnion([
                country.text + " Ministry of " + field, country.text + " " + shortField + " Ministry",
                countryName + " Ministry of " + field, countryName + " " + shortField + " Ministry",
                "Ministry of " + field + " of " + countryName, countryName + "'s " + shortField + " Ministry",
            ])
        }
        document.entities[key] = entity
        return key
    }
}

/// Where a title mention starts.
struct TitleKey: Hashable, Sendable {
    var sentence: Int
    var token: Int
}

import NewsGraphCore

/// Resolves definite back-references (`the regime`, `the ministry`, `the
/// command`, `the group`, `the minister`) to the entity they refer to: the
/// most recent earlier mention that fits the noun.
///
/// Needs: ``CoreferenceResolver``'s inputs (named mentions). Adds mentions with source `.reference`.
struct ReferenceFinder: ExtractionStage {
    /// What a back-referring noun may point at.
    enum Target: Sendable {
        case country
        /// An organization whose surface or kind holds one of the words.
        case organization([String])
        case person
    }

    static let nouns: [String: Target] = [
        "regime": .country, "government": .country, "country": .country, "administration": .country,
        "ministry": .organization(["ministry", "department"]), "department": .organization(["department", "ministry"]),
        "command": .organization(["command"]), "agency": .organization(["agency"]),
        "group": .organization(["group", "movement", "armed group", "militia"]),
        "movement": .organization(["movement", "group", "armed group"]), "militia": .organization(["militia", "armed group", "group"]),
        "company": .organization(["arms maker", "company", "corporation", "industries", "aerospace", "systems"]),
        "firm": .organization(["arms maker", "company"]), "manufacturer": .organization(["arms maker"]),
        "alliance": .organization(["alliance", "nato"]), "army": .organization(["army"]), "navy": .organization(["navy"]),
        "minister": .person, "official": .person, "spokesman": .person, "spokeswoman": .person, "spokesperson": .person,
        "president": .person, "general": .person, "commander": .person, "envoy": .person, "ambassador": .person,
    ]

    func run(_ document: inout AnnotatedDocument) {
        let regimeCountry = namedRegime(document)
        var recent: [Mention] = []
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let folded = document.folded[sentence]
            var found: [Mention] = []
            for i in folded.indices.dropFirst() where folded[i - 1] == "the" {
                guard let target = Self.nouns[folded[i]], !isModified(sentence, i, document) else { continue }
                if let existing = document.mention(at: i, in: sentence), existing.isEntity { continue }
                let before = recent + document.mentions[sentence].filter { $0.tokens.upperBound <= i }
                guard var antecedent = resolve(target, noun: folded[i], regime: regimeCountry, among: before) else { continue }
                antecedent.sentence = sentence
                antecedent.tokens = i - 1..<i + 1
                antecedent.range = document.scalars(sentence, antecedent.tokens)
                antecedent.text = document.text(sentence, antecedent.tokens)
                antecedent.source = .reference
                antecedent.extraAliases = []
                found.append(antecedent)
            }
            for mention in found { document.replace(with: mention) }
            recent += document.mentions[sentence].filter { $0.isEntity && $0.kind != "Unknown" }
        }
    }

    /// `the regime's` is resolved, `the regime change` is not a reference.
    private func isModified(_ sentence: Int, _ i: Int, _ document: AnnotatedDocument) -> Bool {
        let tokens = document.tokens(sentence)
        return i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized
            && !["said", "says", "has", "had", "is", "was", "would", "will", "added", "told"].contains(document.folded[sentence][i + 1])
    }

    /// A country the text calls a regime by name (`the Israeli regime`).
    private func namedRegime(_ document: AnnotatedDocument) -> String? {
        for sentence in document.mentions.indices {
            for mention in document.mentions[sentence] where mention.isCountry {
                let next = mention.tokens.upperBound
                if next < document.folded[sentence].count, document.folded[sentence][next] == "regime" { return mention.canonical }
            }
        }
        return nil
    }

    private func resolve(_ target: Target, noun: String, regime: String?, among mentions: [Mention]) -> Mention? {
        switch target {
        case .country:
            if noun == "regime", let regime, let named = mentions.last(where: { $0.canonical == regime }) ?? mentions.first(where: { $0.canonical == regime }) {
                return named
            }
            return mentions.last { $0.isCountry }
        case .person:
            return mentions.last { $0.kind == "Person" }
        case .organization(let words):
            let organizations = mentions.filter { $0.type == .actor && $0.kind == "Organization" }
            return organizations.last { organization in
                let text = LexiconKey.fold(organization.text + " " + organization.canonical)
                let kind = organization.attributes.first { $0.key == "kind_of" }?.value ?? ""
                return words.contains { text.contains($0) || kind == $0 }
            } ?? (words.contains("group") ? organizations.last : nil)
        }
    }
}

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
        /// The last named weapon (`the systems`, `the batteries`).
        case weapon
    }

    static let nouns: [String: Target] = [
        "regime": .country, "administration": .country,
        "ministry": .organization(["ministry", "department"]), "department": .organization(["department", "ministry"]),
        "command": .organization(["command"]), "agency": .organization(["agency"]),
        "group": .organization(["group", "movement", "armed group", "militia"]),
        "movement": .organization(["movement", "group", "armed group"]), "militia": .organization(["militia", "armed group", "group"]),
        "company": .organization(["arms maker", "company", "corporation", "industries", "aerospace", "systems"]),
        "firm": .organization(["arms maker", "company"]), "manufacturer": .organization(["arms maker"]),
        "alliance": .organization(["alliance", "nato"]), "army": .organization(["army"]), "navy": .organization(["navy"]),
        "military": .organization(["army", "military", "armed forces", "defense forces", "defence forces"]),
        "minister": .person, "official": .person, "spokesman": .person, "spokeswoman": .person, "spokesperson": .person,
        "president": .person, "general": .person, "commander": .person, "envoy": .person, "ambassador": .person,
        "systems": .weapon, "system": .weapon, "batteries": .weapon, "battery": .weapon, "launchers": .weapon,
    ]

    /// How many earlier entity mentions a back-reference may resolve to.
    static let window = 120

    func run(_ document: inout AnnotatedDocument) {
        let regimeCountry = namedRegime(document)
        var recent: [Mention] = []
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let folded = document.folded[sentence]
            var found: [Mention] = []
            for i in folded.indices.dropFirst() {
                if let company = nationalCompany(sentence, noun: i, recent: recent, document) {
                    found.append(company)
                    continue
                }
                // (`the Palestinian resistance group Hamas`: a name after the noun is what it means.)
                guard let article = article(before: i, in: sentence, document),
                    i + 1 >= folded.count || document.mention(at: i + 1, in: sentence) == nil || Self.voiceNouns.contains(folded[i + 1])
                else { continue }
                if let generic = document.mention(at: i, in: sentence), generic.role == .generic, generic.type == .weaponSystem,
                    generic.tokens.upperBound == i + 1, let named = lastWeapon(kind: generic.kind, among: recent + document.mentions[sentence].filter { $0.tokens.upperBound <= article })
                {
                    found.append(reference(to: named, sentence: sentence, tokens: generic.tokens, document))
                    continue
                }
                guard let target = Self.nouns[folded[i]], !isModified(sentence, i, document) else { continue }
                if let existing = document.mention(at: i, in: sentence), existing.isEntity { continue }
                let before = recent + document.mentions[sentence].filter { $0.tokens.upperBound <= article }
                // `…, the group said`: a body that speaks is the body that spoke last, if it fits.
                let speaks = Self.isSpeaker(sentence, end: i + 1, document)
                let speakers = speaks ? before.filter { Self.isSpeaker($0.sentence, end: $0.tokens.upperBound, document) } : []
                // (A body that spoke before, whatever its name, comes before one that did not.)
                guard let antecedent = (speakers.isEmpty ? nil : resolve(target, noun: folded[i], regime: regimeCountry, among: speakers, strict: true, in: document))
                    ?? (speakers.isEmpty ? nil : resolve(target, noun: folded[i], regime: regimeCountry, among: speakers, in: document))
                    ?? resolve(target, noun: folded[i], regime: regimeCountry, among: before, in: document)
                else { continue }
                let span = article == i - 1 ? i - 1..<i + 1 : i..<i + 1
                var person = antecedent
                if case .person = target { person.kind = "Person" }
                found.append(reference(to: person, sentence: sentence, tokens: span, document))
            }
            for mention in found { document.replace(with: mention) }
            dropUnnamedCompanyOrigins(sentence, &document)
            // (Names not yet typed stay, for a title in apposition to make them people: `Mariusz Blaszczak, Poland's defence minister`.)
            recent += document.mentions[sentence].filter { $0.isEntity && ($0.kind != "Unknown" || $0.type == .actor) }
            // Back-references reach a few sentences back; a bounded window keeps long texts linear.
            if recent.count > Self.window { recent.removeFirst(recent.count - Self.window) }
        }
    }

    /// `a Ukrainian air cargo company`: a people's adjective on an unnamed company only says where the company
    /// is from; the country does nothing the sentence says the company does.
    private func dropUnnamedCompanyOrigins(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let folded = document.folded[sentence]
        let tokens = document.tokens(sentence)
        document.mentions[sentence].removeAll { mention in
            guard mention.role == .demonym, mention.tokens.count == 1, mention.tokens.lowerBound > 0,
                ["a", "an"].contains(folded[mention.tokens.lowerBound - 1])
            else { return false }
            let after = mention.tokens.upperBound
            guard let noun = (after..<min(folded.count, after + 3)).first(where: { NameFinder.companyNouns.contains(folded[$0]) }) else { return false }
            return (after..<noun).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
        }
    }

    /// The `the` that opens the noun at `i`: right before it (`the regime`), before one modifier (`the Iran-backed
    /// group`), or before two, the second in lower case, for a back-referring noun (`the Iran-backed terror group`).
    private func article(before i: Int, in sentence: Int, _ document: AnnotatedDocument) -> Int? {
        let folded = document.folded[sentence]
        let tokens = document.tokens(sentence)
        if folded[i - 1] == "the" { return i - 1 }
        // `an army statement said`, `a navy official said`: a body's own document or unnamed official speaks for it.
        if folded[i - 1] == "a" || folded[i - 1] == "an", i + 1 < folded.count, Self.voiceNouns.contains(folded[i + 1]),
            case .organization = Self.nouns[folded[i]]
        {
            return i - 1
        }
        if i >= 2, folded[i - 2] == "the", tokens[i - 1].kind == .word { return i - 2 }
        guard i >= 3, folded[i - 3] == "the", Self.nouns[folded[i]] != nil, tokens[i - 2].kind == .word, tokens[i - 1].kind == .word,
            !tokens[i - 1].isCapitalized, !ClauseReader.prepositions.contains(folded[i - 1]), folded[i - 1] != "and"
        else { return nil }
        return i - 3
    }

    /// Nouns after a body's common noun that let the body speak: its documents and unnamed officials.
    static let voiceNouns: Set<String> = SpeechWords.sourceNouns.union(["official", "spokesman", "spokeswoman", "spokesperson", "source", "officer"])

    /// Whether a speech verb follows the words that end at token `end` (`the group said`, `The Israeli military, however, said`).
    static func isSpeaker(_ sentence: Int, end: Int, _ document: AnnotatedDocument) -> Bool {
        let folded = document.folded[sentence]
        var j = end
        while j < folded.count, j < end + 3, folded[j] == "," || SpeakerResolver.frameAdverbs.contains(folded[j]) { j += 1 }
        return j < folded.count && SpeechWords.verbs.contains(folded[j])
    }

    /// Nouns for a company that a people's adjective may place: `the French aviation company`.
    static let companyNouns: Set<String> = ["company", "firm", "manufacturer", "maker", "contractor", "producer", "exporter", "group"]

    /// `the French aviation company`, `the Turkish drone maker`: the arms maker of that country named last,
    /// over the adjective and one word between (a weapon's word too).
    private func nationalCompany(_ sentence: Int, noun i: Int, recent: [Mention], _ document: AnnotatedDocument) -> Mention? {
        let folded = document.folded[sentence]
        guard Self.companyNouns.contains(folded[i]), i >= 3, folded[i - 3] == "the" || folded[i - 2] == "the" else { return nil }
        let start = folded[i - 3] == "the" ? i - 2 : i - 1
        guard let adjective = document.mention(at: start, in: sentence), adjective.role == .demonym, adjective.tokens == start..<start + 1,
            start + 1 == i || (document.tokens(sentence)[i - 1].kind == .word
                && document.mention(at: i - 1, in: sentence).map({ $0.type == .weaponSystem && $0.tokens == i - 1..<i }) ?? true)
        else { return nil }
        let country = adjective.canonical
        let earlier = recent + document.mentions[sentence].filter { $0.tokens.upperBound < start }
        guard let company = earlier.last(where: { mention in
            mention.type == .actor && mention.kind == "Organization" && mention.isArmsMaker
                && mention.attributes.contains { $0.key == "country" && $0.value == country }
        }) else { return nil }
        return reference(to: company, sentence: sentence, tokens: start..<i + 1, document)
    }

    private func reference(to antecedent: Mention, sentence: Int, tokens: Range<Int>, _ document: AnnotatedDocument) -> Mention {
        var mention = document.mention(antecedent, spanning: tokens, in: sentence)
        mention.source = .reference
        mention.extraAliases = []
        return mention
    }

    /// The last named weapon of a kind (`the missiles` after `Harpoon anti-ship missiles`).
    private func lastWeapon(kind: String?, among mentions: [Mention]) -> Mention? {
        mentions.last { $0.type == .weaponSystem && $0.role == .name && $0.source != .reference && (kind == nil || $0.kind == kind) }
    }

    /// `the regime's` is resolved, `the regime change` is not a reference.
    private func isModified(_ sentence: Int, _ i: Int, _ document: AnnotatedDocument) -> Bool {
        let tokens = document.tokens(sentence)
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized else { return false }
        let next = document.folded[sentence][i + 1]
        // `The military statement said`: the body's own document or official stands for it.
        if Self.voiceNouns.contains(next) { return false }
        let isVerb = VerbTable.forms[next] != nil || next.hasSuffix("ed") || SpeechWords.quoteVerbs.contains(next)
            || ["has", "had", "is", "was", "were", "are", "would", "will", "could", "should", "may", "might", "must", "did", "does", "also"].contains(next)
        return !isVerb
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

    /// The antecedent of a reference among `mentions`; `strict` asks an organization to hold one of the target's words.
    private func resolve(_ target: Target, noun: String, regime: String?, among mentions: [Mention], strict: Bool = false, in document: AnnotatedDocument) -> Mention? {
        switch target {
        case .country:
            // `Myanmar's junta … the regime said`: a ruling body named before is the regime.
            if noun == "regime", let junta = mentions.last(where: { mention in
                mention.kind == "Organization" && ["junta", "regime"].contains { mention.canonical.lowercased().contains($0) }
            }) {
                return junta
            }
            if noun == "regime", let regime, let named = mentions.last(where: { $0.canonical == regime }) ?? mentions.first(where: { $0.canonical == regime }) {
                return named
            }
            return mentions.last { $0.isCountry }
        case .person:
            // `the President` after `President Javier Milei … Defence Minister Luis Petri`: the person the title introduced.
            // `Mariusz Blaszczak, Poland's defence minister, …`: or by a title in apposition.
            let introduced = mentions.last { person in
                guard person.kind == "Person" || person.kind == "Unknown" else { return false }
                let folded = document.folded[person.sentence]
                if person.tokens.lowerBound > 0, folded[person.tokens.lowerBound - 1] == noun { return true }
                let after = person.tokens.upperBound
                return after + 1 < folded.count && folded[after] == "," && folded[after + 1..<min(folded.count, after + 6)].contains(noun)
            }
            return introduced ?? mentions.last { $0.kind == "Person" }
        case .weapon:
            return lastWeapon(kind: nil, among: mentions)
        case .organization(let words):
            let organizations = mentions.filter { $0.type == .actor && $0.kind == "Organization" }
            return organizations.last { organization in
                let text = LexiconKey.fold(organization.text + " " + organization.canonical)
                let kind = organization.attributes.first { $0.key == "kind_of" }?.value ?? ""
                // (`Greek company Star Bulk … the company`: the noun that introduced the name.)
                let start = organization.tokens.lowerBound
                let introduced = start > 0 && document.folded[organization.sentence][start - 1] == noun
                return introduced || words.contains { text.contains($0) || kind == $0 }
            } ?? (words.contains("group") && !strict ? organizations.last : nil)
        }
    }
}

import NewsGraphCore

/// Relations stated by modifiers and appositions rather than verbs: titles
/// (`spokesman John Kirby` → member_of), owners and makers before weapons
/// (`Taiwan's F-16s`, `Lockheed Martin F-16`), hyphenated modifiers
/// (`Israeli-made`, `Iran-backed`), places within places (`the Poonch
/// district of Indian-administered Kashmir`, `the Yemeni port city of
/// Hodeidah`), and bodies of bodies (`the Pakistan Army's media wing, ISPR`).
/// Titles are read here; weapons, places and bodies in the extensions named after them.
struct ModifierRules {
    let view: SentenceView
    /// Every mention of the sentence, titles included.
    let all: [Mention]
    let document: AnnotatedDocument

    static let placeNouns: Set<String> = [
        "city", "port", "town", "village", "municipality", "region", "province", "district", "capital", "island", "state", "area", "territory", "sector",
    ]
    /// Words between a possessive and the weapon it owns (`Argentina's first six F-16 jets`).
    static let weaponModifiers: Set<String> = [
        "first", "last", "new", "newest", "latest", "own", "remaining", "existing", "entire", "ageing", "aging", "old",
        "older", "modern", "advanced", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    ]
    /// Lower-case words that may stand between a body and a title of it (`Hamas political chief`).
    static let officeAdjectives: Set<String> = ["political", "military", "senior", "top", "deputy", "former", "media", "field", "foreign", "chief"]
    /// Participles whose agent leads the body before them (`the LNA, commanded by Khalifa Haftar`).
    static let leadingVerbs: Set<String> = ["commanded", "led", "headed", "founded", "run"]
    static let siteNouns: Set<String> = ["headquarters", "plant", "factory", "base", "facility", "site", "offices", "office", "shipyard"]

    /// Adds the facts to `reader` (which knows the sentence's triggers).
    func read(into reader: inout ClauseReader) {
        titles(&reader)
        owners(&reader)
        compounds(&reader)
        places(&reader)
        whereabouts(&reader)
        affiliations(&reader)
        bodies(&reader)
        leaders(&reader)
        staff(&reader)
    }

    // MARK: titles

    private func titles(_ reader: inout ClauseReader) {
        for title in all where title.role == .title || title.role == .honorific {
            var at = title.tokens.upperBound
            var namedBody: Mention?
            // `Minister of Defence of Nigeria Bashir Magashi`: the country the title belongs to stands between.
            if let country = TitleBodies.countryAfter(title, document) {
                at = country.tokens.upperBound
            } else if let body = bodyAfterOf(title) {
                // `the head of the Odesa Regional Military Administration Oleh Kiper`, `the head of Hamas, Ismail Haniyeh`.
                at = body.tokens.upperBound
                namedBody = body
            } else if at + 1 < view.count, view.folded[at] == "to", let host = view.mention(at: at + 1), host.tokens.lowerBound == at + 1, host.isCountry {
                // `Korean Ambassador to Egypt, Hong Jin-wook`: the country an envoy is sent to stands between.
                at = host.tokens.upperBound
            }
            if at < view.count, view.tokens[at].text == "," { at += 1 }
            // `Houthi spokesperson General Yahya Saree`: a rank between the title and the name.
            if let rank = all.first(where: { ($0.role == .title || $0.role == .honorific) && $0.tokens.lowerBound == at }) { at = rank.tokens.upperBound }
            at = NameShape.skippingRetiredMark(view.tokens, view.folded, at: at)
            guard let person = view.mention(at: at), person.kind == "Person", person.tokens.lowerBound == at else { continue }
            if let body = namedBody ?? body(for: title, of: person) { reader.add(person, .memberOf, body, at: title.tokens.lowerBound) }
        }
        appositiveTitles(&reader)
    }

    /// The body named in `of` right after a title (`head of the Odesa Regional Military Administration`): an
    /// organization or armed group, not a person or a country.
    private func bodyAfterOf(_ title: Mention) -> Mention? {
        var at = title.tokens.upperBound
        guard at + 1 < view.count, view.folded[at] == "of" else { return nil }
        at += view.folded[at + 1] == "the" ? 2 : 1
        guard let body = view.mention(at: at), body.tokens.lowerBound == at, body.type == .actor, !body.isCountry, body.kind != "Person" else { return nil }
        return body
    }

    /// `Natalia Gumenyuk, a spokeswoman for the Southern Command`, `Mariusz Blaszczak, Poland's defence minister`.
    private func appositiveTitles(_ reader: inout ClauseReader) {
        for person in view.mentions where person.kind == "Person" {
            var at = person.tokens.upperBound
            guard at < view.count, view.tokens[at].text == "," else { continue }
            at += 1
            // (`chief of staff for the National Guard`: a title that starts with such a word stays whole.)
            while at < view.count, ["a", "an", "the", "its", "former", "senior", "chief", "top", "deputy"].contains(view.folded[at]),
                !all.contains(where: { $0.role == .title && $0.tokens.lowerBound == at })
            {
                at += 1
            }
            var owner: Mention?
            if let before = view.mention(at: at), before.type == .actor, before.kind != "Person" {
                owner = before
                at = before.tokens.upperBound
                if at < view.count, view.tokens[at].kind == .possessive { at += 1 }
            }
            guard var title = all.first(where: { $0.role == .title && $0.tokens.lowerBound == at }) else { continue }
            // (`the chief spokesman for …`: the last of two titles in a row is the office.)
            while let next = all.first(where: { $0.role == .title && $0.tokens.lowerBound == title.tokens.upperBound }) { title = next }
            let after = title.tokens.upperBound
            // (`the US chairman of the Joint Chiefs of Staff`: a body after the title is more precise than its country.)
            if owner?.isCountry ?? true, after + 1 < view.count, ["for", "of", "at"].contains(view.folded[after]),
                let body = view.mention(at: after + 1) ?? view.mention(at: after + 2), body.type == .actor, body.kind != "Person",
                owner == nil || body.kind == "Organization"
            {
                owner = body
            }
            // (`Syed Noman Ali, Vice Chief of the Air Staff, Pakistan Air Force,`: the body set off after the title.)
            if owner == nil, after + 1 < view.count, view.folded[after] == ",", let body = view.mention(at: after + 1),
                body.tokens.lowerBound == after + 1, body.type == .actor, body.kind == "Organization",
                body.tokens.upperBound == view.count || view.isBoundary(body.tokens.upperBound) || [",", "."].contains(view.folded[body.tokens.upperBound])
            {
                owner = body
            }
            // `Poland's defence minister`: the country's ministry, not the country.
            let ministry = owner.map(\.isCountry) ?? true ? impliedMinistry(title) : nil
            if let body = ministry ?? owner ?? body(for: title, of: person) { reader.add(person, .memberOf, body, at: title.tokens.lowerBound) }
        }
    }

    /// The ministry that a country and a title imply (see ``TitleBodies``), as a mention of it at the title.
    private func impliedMinistry(_ title: Mention) -> Mention? {
        guard let key = document.titleBodies[TitleKey(sentence: title.sentence, token: title.tokens.lowerBound)] else { return nil }
        var body = title
        body.entity = key
        return body
    }

    /// The body a title names: the last organization before it, the body the title implies, or the country;
    /// for a title that names none, the country the register of office holders knows for the person, or else
    /// the article's main country.
    private func body(for title: Mention, of person: Mention) -> Mention? {
        var chain: [Mention] = []
        var j = title.tokens.lowerBound - 1
        while j >= 0 {
            if let mention = view.mention(at: j) {
                chain.insert(mention, at: 0)
                j = mention.tokens.lowerBound - 1
                continue
            }
            // `Israel Defense Forces (IDF) spokesperson`: an acronym in parentheses stands between.
            // `Hamas political chief`: an adjective of the office stands between.
            guard view.tokens[j].kind == .possessive || ["his", "her", "its", "their", "(", ")"].contains(view.folded[j])
                || (Self.officeAdjectives.contains(view.folded[j]) && !view.tokens[j].isCapitalized)
            else { break }
            j -= 1
        }
        if let organization = chain.last(where: { $0.type == .actor && $0.kind == "Organization" }) { return organization }
        // (`Turkish Defence Minister Yasar Guler` in a report that names Syria's defence ministry: Turkey's.)
        if let ministry = impliedMinistry(title) { return ministry }
        if let implied = title.attributes.first(where: { $0.key == "body" })?.value, let body = entity(for: implied, of: chain.last(where: \.isCountry)) {
            return body
        }
        if let country = chain.last(where: { $0.isCountry }) { return country }
        guard title.attributes.contains(where: { $0.key == "body" }) || ["minister", "president", "prime minister", "chancellor"].contains(title.canonical) else { return nil }
        let name = document.entities[person.entity]?.label ?? person.text
        if let registered = OfficeHolders.country(of: name) ?? OfficeHolders.country(of: person.text) {
            // (`President Donald Trump` in a report on Colombia: not Colombia's, and no office if his country is not named.)
            return document.mentions.joined().first { $0.isCountry && $0.canonical == registered && !$0.entity.isEmpty }
        }
        return mainCountry()
    }

    /// A mention in the article of the body a title implies (`ministry:defence`), not of another country than the one
    /// before the title.
    private func entity(for body: String, of country: Mention?) -> Mention? {
        document.mentions.joined().first { TitleBodies.names(body, $0, country: country) }
    }

    /// The country the article names most often (the last named of equals): the home of an office
    /// whose title names no country (`President Andrzej Duda` in a report on Poland's purchases).
    private func mainCountry() -> Mention? {
        var counts: [String: (count: Int, mention: Mention)] = [:]
        for sentence in document.mentions.indices {
            for mention in document.mentions[sentence] where mention.isCountry && !mention.entity.isEmpty {
                counts[mention.entity] = ((counts[mention.entity]?.count ?? 0) + 1, mention)
            }
        }
        return counts.values.max { $0.count < $1.count || ($0.count == $1.count && ($0.mention.sentence, $0.mention.tokens.lowerBound) < ($1.mention.sentence, $1.mention.tokens.lowerBound)) }?.mention
    }

    /// Words that join the items of a list.
    static let listJoints: Set<[String]> = [[","], ["and"], [",", "and"]]

    /// The mentions listed next to mention `position`, nearest first: before it, or after it with `forward`,
    /// while `joined` accepts the next one and the words between.
    func listed(from position: Int, forward: Bool = false, _ joined: (Mention, [String]) -> Bool) -> [Mention] {
        var found: [Mention] = []
        var index = position
        while forward ? index + 1 < view.mentions.count : index > 0 {
            let other = view.mentions[forward ? index + 1 : index - 1]
            let (first, second) = forward ? (view.mentions[index], other) : (other, view.mentions[index])
            guard joined(other, Array(view.folded[first.tokens.upperBound..<second.tokens.lowerBound])) else { break }
            found.append(other)
            index += forward ? 1 : -1
        }
        return found
    }
}

import NewsGraphCore

/// Relations stated by modifiers and appositions rather than verbs: titles
/// (`spokesman John Kirby` → member_of), owners and makers before weapons
/// (`Taiwan's F-16s`, `Lockheed Martin F-16`), hyphenated modifiers
/// (`Israeli-made`, `Iran-backed`), places within places (`the Poonch
/// district of Indian-administered Kashmir`, `the Yemeni port city of
/// Hodeidah`), and bodies of bodies (`the Pakistan Army's media wing, ISPR`).
struct ModifierRules {
    let view: SentenceView
    /// Every mention of the sentence, titles included.
    let all: [Mention]
    let document: AnnotatedDocument

    static let placeNouns: Set<String> = [
        "city", "port", "town", "village", "region", "province", "district", "capital", "island", "state", "area", "territory", "sector",
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
    }

    // MARK: titles

    private func titles(_ reader: inout ClauseReader) {
        for title in all where title.role == .title || title.role == .honorific {
            var at = title.tokens.upperBound
            if at < view.count, view.tokens[at].text == "," { at += 1 }
            // `Houthi spokesperson General Yahya Saree`: a rank between the title and the name.
            if let rank = all.first(where: { ($0.role == .title || $0.role == .honorific) && $0.tokens.lowerBound == at }) { at = rank.tokens.upperBound }
            guard let person = view.mention(at: at), person.kind == "Person", person.tokens.lowerBound == at else { continue }
            if let body = body(for: title) { reader.add(person, .memberOf, body, at: title.tokens.lowerBound) }
        }
        appositiveTitles(&reader)
    }

    /// `Natalia Gumenyuk, a spokeswoman for the Southern Command`, `Mariusz Blaszczak, Poland's defence minister`.
    private func appositiveTitles(_ reader: inout ClauseReader) {
        for person in view.mentions where person.kind == "Person" {
            var at = person.tokens.upperBound
            guard at < view.count, view.tokens[at].text == "," else { continue }
            at += 1
            while at < view.count, ["a", "an", "the", "its", "former", "senior", "chief", "top", "deputy"].contains(view.folded[at]) { at += 1 }
            var owner: Mention?
            if let before = view.mention(at: at), before.type == .actor, before.kind != "Person" {
                owner = before
                at = before.tokens.upperBound
                if at < view.count, view.tokens[at].kind == .possessive { at += 1 }
            }
            guard let title = all.first(where: { $0.role == .title && $0.tokens.lowerBound == at }) else { continue }
            let after = title.tokens.upperBound
            if owner == nil, after + 1 < view.count, ["for", "of", "at"].contains(view.folded[after]),
                let body = view.mention(at: after + 1) ?? view.mention(at: after + 2), body.type == .actor, body.kind != "Person"
            {
                owner = body
            }
            if let body = owner ?? body(for: title) { reader.add(person, .memberOf, body, at: title.tokens.lowerBound) }
        }
    }

    /// The body a title names: the last organization before it, the body the title implies, or the country.
    private func body(for title: Mention) -> Mention? {
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
        if let implied = title.attributes.first(where: { $0.key == "body" })?.value, let body = entity(for: implied) { return body }
        if let key = document.titleBodies[TitleKey(sentence: title.sentence, token: title.tokens.lowerBound)] {
            var body = title
            body.entity = key
            return body
        }
        if let country = chain.last(where: { $0.isCountry }) { return country }
        guard title.attributes.contains(where: { $0.key == "body" }) || ["minister", "president", "prime minister", "chancellor"].contains(title.canonical) else { return nil }
        return mainCountry()
    }

    /// A mention in the article of the body a title implies (`ministry:defence`).
    private func entity(for body: String) -> Mention? {
        let field = body.hasPrefix("ministry:") ? String(body.dropFirst("ministry:".count)) : body
        return document.mentions.joined().first { mention in
            mention.entity.isEmpty == false && (mention.canonical.hasPrefix("ministry " + field + " ")
                || mention.attributes.contains { $0.key == "body" && $0.value == body })
        }
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

    // MARK: weapons

    /// `Taiwan's F-16s`, `PLA warships`, `Lockheed Martin F-16`.
    private func owners(_ reader: inout ClauseReader) {
        for (position, weapon) in view.mentions.enumerated() where weapon.type == .weaponSystem && position > 0 {
            let owner = view.mentions[position - 1]
            guard owner.type == .actor, owner.role != .generic, !isPartial(owner) else { continue }
            let gap = owner.tokens.upperBound..<weapon.tokens.lowerBound
            // `Argentina's first six F-16 jets`: a possessive reaches over numbers and a few modifiers.
            let possessive = !gap.isEmpty && view.tokens[gap.lowerBound].kind == .possessive && modifiesWeapon(gap.dropFirst(), reader)
            guard gap.isEmpty || possessive || (gap.count == 1 && view.tokens[gap.lowerBound].text == ")") else { continue }
            // `Argentina's French Mirage jets`: the possessor flies them, the people's adjective names their maker.
            if gap.isEmpty, owner.role == .demonym, owner.isCountry, let possessor = possessor(before: position - 1) {
                reader.add(possessor, .operates, weapon, at: weapon.tokens.lowerBound)
                reader.add(weapon, .madeBy, owner, at: weapon.tokens.lowerBound)
                continue
            }
            // `Kosovo receives new Turkish drones`, `Russia used Iranian drones`: the people's adjective on another
            // side's weapons names where they come from.
            if owner.tokens.lowerBound > 0, reader.isFirstObjectOfGiving(owner, verb: owner.tokens.lowerBound - 1) { continue }
            if owner.role == .demonym, isBought(owner, reader) {
                if owner.isCountry { reader.add(weapon, .madeBy, owner, at: weapon.tokens.lowerBound) }
                continue
            }
            let isMaker = owner.isArmsMaker
            reader.add(isMaker ? weapon : owner, isMaker ? .madeBy : .operates, isMaker ? owner : weapon, at: weapon.tokens.lowerBound)
        }
        pronounOwners(&reader)
        ownersAfter(&reader)
    }

    /// Whether a verb of acquiring or using governs the phrase that `mention` starts (`received a dozen new`,
    /// `used Iranian`): the weapons are another side's, and the adjective names where they come from.
    private func isBought(_ mention: Mention, _ reader: ClauseReader) -> Bool {
        var j = mention.tokens.lowerBound - 1
        while j >= 0, j >= mention.tokens.lowerBound - 5 {
            if let kind = reader.verbClass(at: j), [.acquire, .operate, .fire, .deploy].contains(kind) {
                return reader.subjects(of: j).contains { $0.type == .actor && $0.entity != mention.entity }
            }
            guard view.tokens[j].kind == .number || (view.tokens[j].kind == .word && !view.tokens[j].isCapitalized && !view.hasMention(at: j)) else { return false }
            j -= 1
        }
        return false
    }

    /// The actor whose possessive ends right before mention `position`.
    private func possessor(before position: Int) -> Mention? {
        guard position > 0 else { return nil }
        let owner = view.mentions[position - 1]
        let next = view.mentions[position].tokens.lowerBound
        guard owner.type == .actor, owner.role != .generic, owner.tokens.upperBound + 1 == next,
            view.tokens[owner.tokens.upperBound].kind == .possessive
        else { return nil }
        return owner
    }

    /// `three tanks of the Azerbaijani army`: the body after `of` operates the weapons before it.
    private func ownersAfter(_ reader: inout ClauseReader) {
        for (position, weapon) in view.mentions.enumerated() where weapon.type == .weaponSystem && position + 1 < view.mentions.count {
            let owner = view.mentions[position + 1]
            let between = Array(view.folded[weapon.tokens.upperBound..<owner.tokens.lowerBound])
            guard between == ["of"] || between == ["of", "the"], owner.type == .actor, owner.kind != "Person", owner.role != .generic,
                !isPartial(owner), owner.tokens.upperBound == view.count || view.tokens[owner.tokens.upperBound].kind != .possessive
            else { continue }
            let isMaker = owner.isArmsMaker
            // `two helicopters, three drones and three tanks of the Azerbaijani army`: the whole list.
            for item in [weapon] + weaponsListed(before: position) {
                reader.add(isMaker ? item : owner, isMaker ? .madeBy : .operates, isMaker ? owner : item, at: item.tokens.lowerBound)
            }
        }
    }

    /// The weapons listed before the weapon at mention `position`, joined by commas or `and` with only numbers between.
    private func weaponsListed(before position: Int) -> [Mention] {
        var found: [Mention] = []
        var index = position
        while index > 0 {
            let earlier = view.mentions[index - 1]
            let joining = view.folded[earlier.tokens.upperBound..<view.mentions[index].tokens.lowerBound]
            guard earlier.type == .weaponSystem, joining.contains(where: { $0 == "," || $0 == "and" }),
                joining.allSatisfy({ $0 == "," || $0 == "and" || $0.first?.isNumber == true || Self.weaponModifiers.contains($0) })
            else { break }
            found.append(earlier)
            index -= 1
        }
        return found
    }

    /// `Israel said its aircraft struck ...`: the body a possessive pronoun stands for operates the weapon.
    private func pronounOwners(_ reader: inout ClauseReader) {
        for weapon in view.mentions where weapon.type == .weaponSystem {
            var j = weapon.tokens.lowerBound - 1
            while j >= 0, j >= weapon.tokens.lowerBound - 3, !view.hasMention(at: j), !["its", "their"].contains(view.folded[j]) { j -= 1 }
            guard j >= 0, ["its", "their"].contains(view.folded[j]), modifiesWeapon(j + 1..<weapon.tokens.lowerBound, reader),
                let owner = reader.resolvePronoun(at: j), owner.type == .actor, owner.kind != "Person", owner.role != .generic,
                owner.sentence == weapon.sentence, owner.tokens.upperBound <= j  // (an antecedent in the sentence only)
            else { continue }
            reader.add(owner, .operates, weapon, at: weapon.tokens.lowerBound)
        }
    }

    /// Whether the words between an owner and a weapon only count or describe it
    /// (`first six`, `surveillance`), with no verb, preposition or trigger among them.
    private func modifiesWeapon(_ gap: Range<Int>, _ reader: ClauseReader) -> Bool {
        gap.count <= 3 && gap.allSatisfy { j in
            let word = view.folded[j]
            if view.tokens[j].kind == .number || Self.weaponModifiers.contains(word) { return true }
            return view.tokens[j].kind == .word && !view.tokens[j].isCapitalized && !reader.isTrigger(j) && !ClauseReader.prepositions.contains(word)
                && !ClauseReader.determiners.contains(word) && !ClauseReader.beForms.contains(word) && !SentenceView.clauseWords.contains(word)
                && !word.hasSuffix("ed") && !word.hasSuffix("ing")
        }
    }

    /// Whether the mention is the first part of a hyphenated word (`Israeli` in `Israeli-made`).
    private func isPartial(_ mention: Mention) -> Bool {
        mention.range.upperBound < view.tokens[mention.tokens.lowerBound].range.upperBound
    }

    /// `Israeli-made Iron Dome`, `the Iran-backed group`.
    private func compounds(_ reader: inout ClauseReader) {
        for (position, modifier) in view.mentions.enumerated() where isPartial(modifier) {
            let word = view.folded[modifier.tokens.lowerBound]
            guard let dash = word.lastIndex(of: "-"), let rule = CompoundModifier.relations[String(word[word.index(after: dash)...])],
                position + 1 < view.mentions.count
            else { continue }
            let noun = view.mentions[position + 1]
            let between = modifier.tokens.upperBound..<noun.tokens.lowerBound
            // `Ukraine-made engines, Akinci`: the modified noun ends at a comma.
            guard between.count <= 2, !between.contains(where: { reader.isTrigger($0) || view.tokens[$0].kind != .word }) else { continue }
            // Only a body is based somewhere, and only in a place or country.
            if rule.relation == .locatedIn, noun.type != .actor || noun.isCountry || !(modifier.type == .place || modifier.isCountry) { continue }
            if rule.nounIsSubject { reader.add(noun, rule.relation, modifier, at: modifier.tokens.lowerBound) } else {
                reader.add(modifier, rule.relation, noun, at: modifier.tokens.lowerBound)
            }
        }
    }

    // MARK: places

    /// Place kinds that contain cities and facilities.
    static let largerKinds: Set<String> = ["Region", "Territory", "Country"]

    /// Whether `outer` can contain `inner`: a country any place but a country, a region or territory a
    /// city, facility or smaller region.
    private func contains(_ outer: Mention, _ inner: Mention) -> Bool {
        guard inner.type == .place, outer.entity != inner.entity else { return false }
        let innerKind = inner.kind ?? "City"
        if outer.isCountry { return innerKind != "Country" }
        guard outer.type == .place, let outerKind = outer.kind ?? "Region" as String?, Self.largerKinds.contains(outerKind) else { return false }
        return innerKind != "Country" && innerKind != "Territory"
    }

    private func places(_ reader: inout ClauseReader) {
        for (position, mention) in view.mentions.enumerated() where position + 1 < view.mentions.count {
            let next = view.mentions[position + 1]
            let raw = Array(view.folded[mention.tokens.upperBound..<next.tokens.lowerBound])
            // `El Fasher, North Darfur`, `Abu Dhabi, UAE`, `Mweso, in Masisi territory`, `Bandiagara in Mali's Mopti region`.
            // `Kamandi-Gite, a key town in North Kivu`; `Bandiagara in Mali's Mopti region` lies in the region.
            let container = innermost(from: position + 1)
            if mention.type == .place, raw == [","] || raw == [",", "in"] || raw == ["in"] || raw == ["in", "the"] || raw == [",", "in", "the"]
                || isAppositivePlace(raw),
                !(raw.first == "," && next.tokens.upperBound < view.count && [",", "and", "or"].contains(view.folded[next.tokens.upperBound])
                    && (!contains(next, mention) || listEndsInPlaceNoun(from: position + 1))),
                contains(container, mention)
            {
                reader.add(mention, .partOf, container, at: container.tokens.lowerBound)
                for earlier in conjuncts(before: position) where contains(container, earlier) {
                    reader.add(earlier, .partOf, container, at: container.tokens.lowerBound)
                }
                continue
            }
            // `Mali's Mopti region`, `Nagorno Karabakh's capital, Stepanakert`, `Amuda district's village of Sanjak Sheikh`,
            // `Jammu and Kashmir's Poonch and Rajouri sectors`.
            if next.type == .place, raw.first.map({ _ in view.tokens[mention.tokens.upperBound].kind == .possessive }) == true,
                raw.count == 1 || (raw.count <= 4 && (raw.last == "," || (raw.last == "of" && raw.count >= 3))
                    && raw.dropFirst().dropLast().allSatisfy { Self.placeNouns.contains($0) }),
                contains(mention, next)
            {
                reader.add(next, .partOf, mention, at: next.tokens.lowerBound)
                if raw.count == 1 {
                    for later in conjuncts(after: position + 1) where contains(mention, later) {
                        reader.add(later, .partOf, mention, at: later.tokens.lowerBound)
                    }
                }
                continue
            }
            let between = raw.filter { $0 != "(" && $0 != ")" }
            let nouns = between.filter { $0 != "of" && $0 != "the" && $0 != "southern" && $0 != "northern" && $0 != "eastern" && $0 != "western" }
            if mention.type == .place, next.type == .place, between == ["of"] || between == ["of", "the"] || between == ["in"] || between == ["in", "the"] {
                reader.add(mention, .partOf, next, at: next.tokens.lowerBound)
            } else if mention.isCountry, next.type == .place, !nouns.isEmpty, nouns.allSatisfy({ Self.placeNouns.contains($0) }),
                between.last == "of" || (mention.role == .demonym && !between.contains("of"))
            {
                // `the Yemeni port city of Hodeidah`, `the Somali capital Mogadishu`.
                reader.add(next, .partOf, mention, at: next.tokens.lowerBound)
            } else if mention.type == .place, next.type == .actor, between.count >= 2, Self.siteNouns.contains(between[0]), between[1] == "of",
                let body = next.kind == "Organization" ? next : organization(after: next, at: position + 1)
            {
                reader.add(body, .locatedIn, mention, at: mention.tokens.lowerBound)
            } else if mention.type == .actor, mention.kind == "Organization", next.type == .place, sitePhrase(between) {
                reader.add(mention, .locatedIn, next, at: next.tokens.lowerBound)
            }
        }
    }

    /// Words that put who stands before them in the place after `in` or `at`: `Brown was in Abu Dhabi`, `present in Jeddah`.
    static let presenceWords: Set<String> = ["was", "were", "is", "are", "present", "remains", "remained", "stayed", "stopped", "arrived"]

    /// `Brown was in Abu Dhabi`, `with Erdogan and Mohammad bin Salman present in Jeddah`: a person or body
    /// said to be somewhere is located there (with the people listed before it).
    private func whereabouts(_ reader: inout ClauseReader) {
        for (position, actor) in view.mentions.enumerated() where actor.type == .actor && !actor.isCountry && position + 1 < view.mentions.count {
            let place = view.mentions[position + 1]
            guard place.type == .place || place.isCountry else { continue }
            var words = Array(view.folded[actor.tokens.upperBound..<place.tokens.lowerBound])
            if words.count == 4, ["currently", "still", "also", "already"].contains(words[1]) { words.remove(at: 1) }
            guard words.count == 2 || (words.count == 3 && words[2] == "the"), Self.presenceWords.contains(words[0]), words[1] == "in" || words[1] == "at"
            else { continue }
            for person in [actor] + actorsListed(before: position) { reader.add(person, .locatedIn, place, at: place.tokens.lowerBound) }
        }
    }

    /// The actors other than countries listed before mention `position` with `and` or commas.
    private func actorsListed(before position: Int) -> [Mention] {
        var found: [Mention] = []
        var index = position
        while index > 0 {
            let earlier = view.mentions[index - 1]
            var joining = Array(view.folded[earlier.tokens.upperBound..<view.mentions[index].tokens.lowerBound])
            // `Turkish President Recep Tayyip Erdogan and Saudi Crown Prince Mohammad bin Salman`: titles may stand between.
            joining.removeAll { word in all.contains { ($0.role == .title || $0.role == .honorific) && $0.text.lowercased().contains(word) } }
            // (a people's adjective before a title is skipped: `Saudi Crown Prince`)
            guard earlier.type == .actor, joining == ["and"] || joining == [","] || joining == [",", "and"] || (joining.isEmpty && earlier.role == .demonym)
            else { break }
            if !earlier.isCountry, earlier.role != .demonym { found.append(earlier) }
            index -= 1
        }
        return found
    }

    /// The places listed before mention `position` that share its container:
    /// `Goma and Sake in North Kivu`, `Kharkiv, Sumy and Poltava in the east`.
    private func conjuncts(before position: Int) -> [Mention] {
        var found: [Mention] = []
        var index = position
        while index > 0 {
            let earlier = view.mentions[index - 1]
            let joining = Array(view.folded[earlier.tokens.upperBound..<view.mentions[index].tokens.lowerBound])
            guard earlier.type == .place, joining == [","] || joining == ["and"] || joining == [",", "and"] else { break }
            found.append(earlier)
            index -= 1
        }
        return found
    }

    /// The places listed after mention `position`: `Poonch and Rajouri`, `Ilam, Khuzestan and Tehran`.
    private func conjuncts(after position: Int) -> [Mention] {
        var found: [Mention] = []
        var index = position
        while index + 1 < view.mentions.count {
            let later = view.mentions[index + 1]
            let joining = Array(view.folded[view.mentions[index].tokens.upperBound..<later.tokens.lowerBound])
            guard later.type == .place, joining == [","] || joining == ["and"] || joining == [",", "and"] || joining == ["or"] else { break }
            found.append(later)
            index += 1
        }
        return found
    }

    /// Whether the list that mention `position` starts ends in a place noun in the plural, which makes
    /// its places alike rather than one within the next (`Ilam, Khuzestan and Tehran provinces`).
    private func listEndsInPlaceNoun(from position: Int) -> Bool {
        let last = conjuncts(after: position).last ?? view.mentions[position]
        for word in view.folded[last.tokens.upperBound - 1..<min(view.count, last.tokens.upperBound + 1)] where word.hasSuffix("s") {
            if Self.placeNouns.contains(String(word.dropLast())) { return true }
        }
        return false
    }

    /// The place a possessive chain ends in: `Mopti region` for `Mali` in `Mali's Mopti region`.
    private func innermost(from position: Int) -> Mention {
        var place = view.mentions[position]
        var index = position
        while index + 1 < view.mentions.count, place.tokens.upperBound < view.count,
            view.tokens[place.tokens.upperBound].kind == .possessive
        {
            let inner = view.mentions[index + 1]
            guard inner.tokens.lowerBound == place.tokens.upperBound + 1, contains(place, inner) else { break }
            place = inner
            index += 1
        }
        return place
    }

    /// `, a key town in`, `, the capital of`: words that present a place as lying in the next one.
    private func isAppositivePlace(_ words: [String]) -> Bool {
        guard words.count >= 4, words[0] == ",", ["a", "an", "the"].contains(words[1]) else { return false }
        var rest = words[2...]
        if rest.last == "the" { rest = rest.dropLast() }
        guard let preposition = rest.last, preposition == "in" || preposition == "of", rest.count <= 5 else { return false }
        let nouns = rest.dropLast()
        guard let noun = nouns.last, Self.placeNouns.contains(noun) else { return false }
        return nouns.dropLast().allSatisfy { $0.first?.isLetter == true && !Self.placeNouns.contains($0) }
    }

    /// `Poland's Armament Agency`: the organization after a possessive country.
    private func organization(after country: Mention, at position: Int) -> Mention? {
        guard country.isCountry, position + 1 < view.mentions.count, country.tokens.upperBound < view.count,
            view.tokens[country.tokens.upperBound].kind == .possessive
        else { return nil }
        let next = view.mentions[position + 1]
        return next.kind == "Organization" && next.tokens.lowerBound == country.tokens.upperBound + 1 ? next : nil
    }

    /// `at its plant in the southern city of`.
    private func sitePhrase(_ words: [String]) -> Bool {
        guard let its = words.firstIndex(of: "its"), its + 2 < words.count, Self.siteNouns.contains(words[its + 1]), words[its + 2] == "in" else { return false }
        return words.count <= its + 8
    }

    // MARK: bodies

    /// `The Libyan National Army, commanded by Khalifa Haftar`: the leader is a member.
    private func leaders(_ reader: inout ClauseReader) {
        for (position, body) in view.mentions.enumerated() where body.type == .actor && body.kind == "Organization" && position + 1 < view.mentions.count {
            let person = view.mentions[position + 1]
            guard person.kind == "Person" else { continue }
            var words = Array(view.folded[body.tokens.upperBound..<person.tokens.lowerBound])
            if words.first == "," { words.removeFirst() }
            guard words.count == 2, Self.leadingVerbs.contains(words[0]), words[1] == "by" else { continue }
            reader.add(person, .memberOf, body, at: body.tokens.lowerBound)
        }
    }

    /// `the military prosecutor, affiliated to Libya's GNA`, `an organization that falls under the SYS Group`,
    /// `the coalition, which includes militias like the FDLR`: one body is part of another.
    private func affiliations(_ reader: inout ClauseReader) {
        let folded = view.folded
        for i in 0..<view.count {
            let word = folded[i]
            if word == "affiliated", i + 2 < view.count, ["to", "with"].contains(folded[i + 1]),
                let whole = body(startingAt: i + 2), let part = bodyBefore(i)
            {
                reader.add(part, .partOf, whole, at: i)
            } else if ["falls", "fall", "fell"].contains(word), i + 2 < view.count, folded[i + 1] == "under",
                let whole = body(startingAt: i + 2), let part = bodyBefore(i)
            {
                reader.add(part, .partOf, whole, at: i)
            } else if ["includes", "include", "included"].contains(word), i >= 2, folded[i - 1] == "which", let whole = bodyBefore(i - 1) {
                var j = i + 1
                while j < view.count, !view.isBoundary(j) || folded[j] == "," || folded[j] == "(" || folded[j] == ")" {
                    if let member = view.mention(at: j), member.type == .actor, !member.isCountry, member.role != .demonym, member.kind != "Person",
                        member.entity != whole.entity
                    {
                        reader.add(member, .partOf, whole, at: i)
                    }
                    // The list ends where the clause's own verb comes (`…, targets civilians`).
                    if folded[j] == ",", j + 1 < view.count, reader.verbClass(at: j + 1) != nil { break }
                    j = view.mention(at: j)?.tokens.upperBound ?? j + 1
                }
            }
        }
    }

    /// The body named at token `j`, or the body a possessive country there owns (`Libya's GNA`).
    private func body(startingAt j: Int) -> Mention? {
        var k = j
        if k < view.count, view.folded[k] == "the" { k += 1 }
        guard var mention = view.mention(at: k), mention.tokens.lowerBound == k, mention.type == .actor else { return nil }
        if mention.isCountry, mention.tokens.upperBound + 1 < view.count, view.tokens[mention.tokens.upperBound].kind == .possessive,
            let owned = view.mention(at: mention.tokens.upperBound + 1), owned.type == .actor
        {
            mention = owned
        }
        return mention.isCountry || mention.kind == "Person" ? nil : mention
    }

    /// The nearest body before token `i` in its clause, over an apposition (`CANiK academy, a training organization that`).
    private func bodyBefore(_ i: Int) -> Mention? {
        view.mentions.last { mention in
            mention.tokens.upperBound <= i && mention.type == .actor && !mention.isCountry && mention.kind != "Person" && mention.role != .demonym
                && !(mention.tokens.upperBound..<i).contains { view.isBoundary($0) && ![",", "that", "which"].contains(view.folded[$0]) }
                && i - mention.tokens.upperBound <= 10
        }
    }

    /// `Yemen's Houthi movement` (located in), `The PLA's Eastern Theater Command` and
    /// `the Pakistan Army's media wing, Inter-Services Public Relations` (part of).
    private func bodies(_ reader: inout ClauseReader) {
        for (position, owner) in view.mentions.enumerated() where position + 1 < view.mentions.count && owner.type == .actor {
            let next = view.mentions[position + 1]
            guard next.type == .actor, next.kind == "Organization", owner.tokens.upperBound < view.count,
                view.tokens[owner.tokens.upperBound].kind == .possessive
            else { continue }
            let between = view.folded[owner.tokens.upperBound + 1..<next.tokens.lowerBound]
            if owner.kind == "Person" {
                // `Haftar's Libyan National Army`: the person belongs to the body he owns.
                if between.isEmpty { reader.add(owner, .memberOf, next, at: owner.tokens.lowerBound) }
            } else if between.isEmpty {
                reader.add(next, owner.isCountry ? .locatedIn : .partOf, owner, at: owner.tokens.lowerBound)
            } else if owner.kind == "Organization", between.last == ",", between.dropLast().allSatisfy({ $0.first?.isLetter == true }) {
                reader.add(next, .partOf, owner, at: owner.tokens.lowerBound)
            }
        }
        unitsOf(&reader)
    }

    /// `the Radwan unit special force of the Hezbollah group`, `Qassam Brigades, the military wing of Hamas`:
    /// a body named with a few plain words and `of` before another body is part of it.
    private func unitsOf(_ reader: inout ClauseReader) {
        for (position, part) in view.mentions.enumerated() where position + 1 < view.mentions.count && part.type == .actor && part.kind == "Organization" {
            let whole = view.mentions[position + 1]
            guard whole.type == .actor, whole.kind == "Organization", whole.entity != part.entity else { continue }
            var words = Array(view.folded[part.tokens.upperBound..<whole.tokens.lowerBound])
            if words.first == "," { words.removeFirst() }
            if words.first == "the" { words.removeFirst() }
            guard words.count >= 2, words.count <= 5, words.last == "of" || (words.count >= 3 && words.suffix(2) == ["of", "the"]) else { continue }
            let plain = words.prefix { $0 != "of" }
            guard !plain.isEmpty, plain.count <= 3, plain.allSatisfy({ word in
                word.first?.isLetter == true && !Self.placeNouns.contains(word) && !ClauseReader.prepositions.contains(word)
                    && VerbTable.forms[word] == nil && !SpeechWords.quoteVerbs.contains(word)
            }), Self.unitNouns.contains(plain.last ?? "")
            else { continue }
            reader.add(part, .partOf, whole, at: part.tokens.lowerBound)
        }
    }

    /// Nouns for a part of a body: `wing`, `unit`, `force`, `branch`.
    static let unitNouns: Set<String> = ["wing", "unit", "force", "branch", "arm", "brigade", "division", "affiliate", "faction", "cell", "command"]
}

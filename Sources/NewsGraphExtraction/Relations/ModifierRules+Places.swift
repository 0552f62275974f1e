import NewsGraphCore

/// Places within places, where people and bodies are, and lists of places.
extension ModifierRules {
    /// Place kinds that contain cities and facilities.
    static let largerKinds: Set<String> = ["Region", "Territory", "Country"]

    /// Whether `outer` can contain `inner`: a country any place but a country, a region or territory a
    /// city, facility or smaller region, a city a facility (`Tripoli's Mitiga airport`).
    private func contains(_ outer: Mention, _ inner: Mention) -> Bool {
        guard inner.type == .place, outer.entity != inner.entity else { return false }
        let innerKind = inner.kind ?? "City"
        if outer.isCountry { return innerKind != "Country" }
        if outer.type == .place, outer.kind == "City" { return innerKind == "Facility" }
        guard outer.type == .place, let outerKind = outer.kind ?? "Region" as String?, Self.largerKinds.contains(outerKind) else { return false }
        return innerKind != "Country" && innerKind != "Territory"
    }

    func places(_ reader: inout ClauseReader) {
        for (position, mention) in view.mentions.enumerated() where position + 1 < view.mentions.count {
            let next = view.mentions[position + 1]
            let raw = Array(view.folded[mention.tokens.upperBound..<next.tokens.lowerBound])
            // `El Fasher, North Darfur`, `Abu Dhabi, UAE`, `Mweso, in Masisi territory`, `Kamandi-Gite, a key town in
            // North Kivu`; `Bandiagara in Mali's Mopti region` lies in the region.
            if mention.type == .place, raw == [","] || raw == [",", "in"] || raw == ["in"] || raw == ["in", "the"] || raw == [",", "in", "the"]
                || isAppositivePlace(raw),
                !(raw.first == "," && next.tokens.upperBound < view.count && [",", "and", "or"].contains(view.folded[next.tokens.upperBound])
                    && (!contains(next, mention) || listEndsInPlaceNoun(from: position + 1) || followsPluralPlaceNoun(mention)
                        || isEnumeration(from: position))),
                case let container = innermost(from: position + 1), contains(container, mention),
                // `Belgorod, Ukrainian officials said`: a people's adjective describes what follows it.
                container.role != .demonym
            {
                reader.add(mention, .partOf, container, at: container.tokens.lowerBound)
                for earlier in conjuncts(before: position) where contains(container, earlier) {
                    reader.add(earlier, .partOf, container, at: container.tokens.lowerBound)
                }
                continue
            }
            // `Mali's Mopti region`, `Nagorno Karabakh's capital, Stepanakert`, `Amuda district's village of Sanjak Sheikh`,
            // `Jammu and Kashmir's Poonch and Rajouri sectors`, `Russia's southern Belgorod region`.
            if next.type == .place, raw.first.map({ _ in view.tokens[mention.tokens.upperBound].kind == .possessive }) == true,
                raw.count == 1 || (raw.count == 2 && CompassPlaceJoiner.directions.contains(raw[1])) || (raw.count <= 4 && (raw.last == "," || (raw.last == "of" && raw.count >= 3))
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
            let nouns = between.filter { $0 != "of" && $0 != "the" && !CompassPlaceJoiner.directions.contains($0) }
            if mention.type == .place, next.type == .place, between == ["of"] || between == ["of", "the"] || between == ["in"] || between == ["in", "the"] {
                let container = innermost(from: position + 1)
                reader.add(mention, .partOf, contains(container, mention) ? container : next, at: next.tokens.lowerBound)
            } else if mention.type == .place, next.isCountry || next.type == .place, isPlaceOf(between),
                contains(next, mention) || (next.kind == "City" && between.first.map(Self.cityPartNouns.contains) == true)
            {
                // `the Donetsk region of Ukraine`, `the Khyber Pakhtunkhwa province of Pakistan`, `the Kurram sector of
                // the northwestern Khyber Pakhtunkhwa province`; `the Kak-Sai area of Kyrgyzstan's southern Batken region`
                // lies in the region.
                let container = innermost(from: position + 1)
                reader.add(mention, .partOf, contains(container, mention) ? container : next, at: next.tokens.lowerBound)
                // (`the Spin Boldak area of Afghanistan in southern Kandahar province` lies in the province too.)
                if next.isCountry, position + 2 < view.mentions.count, case let province = view.mentions[position + 2], province.type == .place,
                    ["in"] == view.folded[next.tokens.upperBound..<province.tokens.lowerBound].filter({ $0 != "the" && !CompassPlaceJoiner.directions.contains($0) }),
                    contains(province, mention)
                {
                    reader.add(mention, .partOf, province, at: province.tokens.lowerBound)
                }
            } else if mention.type == .place, next.type == .place, between == [",", "a"] || between == [",", "an"], contains(next, mention),
                next.tokens.upperBound < view.count, Self.settlementNouns.contains(view.folded[next.tokens.upperBound])
            {
                // `Jenin, a northern West Bank city`.
                reader.add(mention, .partOf, next, at: next.tokens.lowerBound)
            } else if mention.isCountry, next.type == .place, !nouns.isEmpty, nouns.allSatisfy({ Self.placeNouns.contains($0) }),
                between.last == "of" || (mention.role == .demonym && !between.contains("of"))
            {
                // `the Yemeni port city of Hodeidah`, `the Somali capital Mogadishu`.
                reader.add(next, .partOf, mention, at: next.tokens.lowerBound)
            } else if mention.role == .demonym, mention.isCountry, between.isEmpty, next.type == .place, position + 2 < view.mentions.count,
                case let third = view.mentions[position + 2], third.type == .place,
                case let words = Array(view.folded[next.tokens.upperBound..<third.tokens.lowerBound]), words.last == "of",
                words.count >= 2, words.dropLast().allSatisfy({ Self.placeNouns.contains($0) })
            {
                // `the Russian Black Sea town of Tuapse`: the place a people's adjective and a sea describe.
                reader.add(third, .partOf, mention, at: third.tokens.lowerBound)
            } else if mention.type == .place, next.type == .actor, between.count >= 2, Self.siteNouns.contains(between[0]), between[1] == "of",
                let body = next.kind == "Organization" ? next : organization(after: next, at: position + 1)
            {
                reader.add(body, .locatedIn, mention, at: mention.tokens.lowerBound)
            } else if mention.type == .actor, mention.kind == "Organization", next.type == .place, sitePhrase(between) {
                reader.add(mention, .locatedIn, next, at: next.tokens.lowerBound)
            }
        }
    }

    /// Nouns of a part of a city (`the Sunan area of Pyongyang`).
    static let cityPartNouns: Set<String> = ["area", "district", "neighborhood", "neighbourhood", "suburb", "quarter", "sector"]

    /// Nouns of a settlement that a place before them describes (`a northern West Bank city`).
    static let settlementNouns: Set<String> = ["city", "town", "village", "port", "settlement", "camp", "municipality"]

    /// `of`, after at most one place noun and before at most `the` and a compass adjective: the words between a
    /// place and a larger place it is part of.
    private func isPlaceOf(_ words: [String]) -> Bool {
        guard let of = words.firstIndex(of: "of"), of <= 1, of == 0 || Self.placeNouns.contains(words[0]) else { return false }
        var rest = words[(of + 1)...].drop { $0 == "the" }
        if let first = rest.first, CompassPlaceJoiner.directions.contains(first) { rest = rest.dropFirst() }
        return rest.isEmpty
    }

    /// Head nouns of a body named before them (`the Hezbollah movement`, `Wagner fighters`).
    static let bodyHeadNouns: Set<String> = [
        "movement", "group", "militia", "organization", "organisation", "party", "regime", "forces", "troops", "fighters",
        "militants", "rebels", "insurgents", "mercenaries",
    ]

    /// Words that put who stands before them in the place after `in` or `at`: `Brown was in Abu Dhabi`, `present in Jeddah`.
    static let presenceWords: Set<String> = ["was", "were", "is", "are", "present", "remains", "remained", "stayed", "stopped", "arrived"]

    /// `Brown was in Abu Dhabi`, `with Erdogan and Mohammad bin Salman present in Jeddah`: a person or body
    /// said to be somewhere is located there (with the people listed before it).
    func whereabouts(_ reader: inout ClauseReader) {
        for (position, actor) in view.mentions.enumerated() where actor.type == .actor && !actor.isCountry && position + 1 < view.mentions.count {
            let place = view.mentions[position + 1]
            guard place.type == .place || place.isCountry else { continue }
            var words = Array(view.folded[actor.tokens.upperBound..<place.tokens.lowerBound])
            if words.count == 4, ["currently", "still", "also", "already"].contains(words[1]) { words.remove(at: 1) }
            // `the Lebanese Hezbollah movement in Lebanon`, `Wagner fighters in Mali`: the body's head noun may follow its
            // name (not a part of it: `the ASEAN observer team`, `the UN mission`).
            if words.count >= 2, Self.bodyHeadNouns.contains(words[0]), words[1] == "in", !view.tokens[actor.tokens.upperBound].isCapitalized {
                words.removeFirst()
            }
            // `American forces in Iraq and Syria`, `Hamas in Gaza`: a body or person with `in` and a place right after it is there.
            // (A people is not based anywhere: `Palestinians in Gaza`.)
            if words == ["in"] || words == ["in", "the"], actor.role != .demonym, actor.kind != "Unknown", actor.kind != "Group" {
                let listed = listed(from: position + 1, forward: true) { later, words in
                    (later.type == .place || later.isCountry) && (Self.listJoints.contains(words) || words == ["or"])
                }
                for located in [place] + listed { reader.add(actor, .locatedIn, located, at: place.tokens.lowerBound) }
                continue
            }
            guard words.count == 2 || (words.count == 3 && words[2] == "the"), Self.presenceWords.contains(words[0]), words[1] == "in" || words[1] == "at"
            else { continue }
            for person in [actor] + actorsListed(before: position) { reader.add(person, .locatedIn, place, at: place.tokens.lowerBound) }
        }
    }

    /// The actors other than countries listed before mention `position` with `and` or commas.
    private func actorsListed(before position: Int) -> [Mention] {
        listed(from: position) { earlier, words in
            // `Turkish President Recep Tayyip Erdogan and Saudi Crown Prince Mohammad bin Salman`: titles may stand
            // between, and a people's adjective before a title is passed over.
            let joining = words.filter { word in !all.contains { ($0.role == .title || $0.role == .honorific) && $0.text.lowercased().contains(word) } }
            return earlier.type == .actor && (Self.listJoints.contains(joining) || (joining.isEmpty && earlier.role == .demonym))
        }.filter { !$0.isCountry && $0.role != .demonym }
    }

    /// The places listed before mention `position` that share its container:
    /// `Goma and Sake in North Kivu`, `Kharkiv, Sumy and Poltava in the east`.
    private func conjuncts(before position: Int) -> [Mention] {
        listed(from: position) { earlier, words in earlier.type == .place && Self.listJoints.contains(words) }
    }

    /// The places listed after mention `position`: `Poonch and Rajouri`, `Ilam, Khuzestan and Tehran`.
    private func conjuncts(after position: Int) -> [Mention] {
        listed(from: position, forward: true) { later, words in later.type == .place && (Self.listJoints.contains(words) || words == ["or"]) }
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

    /// Whether mention `position` opens a list of three names or more closed by `and` or `or` (`in Arab al Aramshe,
    /// Kiryat Shmona, Za'arit, Even Menachem and Manara`), not a chain of places each within the next (`El Fasher, North
    /// Darfur, Sudan`).
    private func isEnumeration(from position: Int) -> Bool {
        var j = view.mentions[position].tokens.upperBound
        var commas = 0
        while j + 1 < view.count, view.folded[j] == "," || view.folded[j] == "and" || view.folded[j] == "or" {
            let closing = view.folded[j] != "," || ["and", "or"].contains(view.folded[j + 1])
            if closing { return commas >= 1 }
            commas += 1
            j += 1
            let start = j
            while j < view.count, j - start < 4, view.tokens[j].kind == .word, view.tokens[j].isCapitalized { j += 1 }
            if j == start { return false }
        }
        return false
    }

    /// Whether a place is the first of a list after a place noun in the plural and `of` (`the towns of Annah, Rawa and
    /// Qaim`), which makes the places alike.
    private func followsPluralPlaceNoun(_ mention: Mention) -> Bool {
        let at = mention.tokens.lowerBound
        guard at >= 2, view.folded[at - 1] == "of", view.folded[at - 2].hasSuffix("s") else { return false }
        return Self.placeNouns.contains(String(view.folded[at - 2].dropLast()))
    }

    /// The place a possessive chain ends in: `Mopti region` for `Mali` in `Mali's Mopti region`.
    private func innermost(from position: Int) -> Mention {
        var place = view.mentions[position]
        var index = position
        while index + 1 < view.mentions.count, place.tokens.upperBound < view.count,
            view.tokens[place.tokens.upperBound].kind == .possessive
        {
            let inner = view.mentions[index + 1]
            // (`Kyrgyzstan's southern Batken region`: a direction may stand between.)
            let gap = inner.tokens.lowerBound - place.tokens.upperBound
            guard gap == 1 || (gap == 2 && CompassPlaceJoiner.directions.contains(view.folded[place.tokens.upperBound + 1])), contains(place, inner)
            else { break }
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
}

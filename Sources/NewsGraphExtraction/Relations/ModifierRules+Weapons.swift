import NewsGraphCore

/// Owners and makers of weapons: possessives, adjectives, `of` phrases and hyphenated modifiers.
extension ModifierRules {
    /// `Taiwan's F-16s`, `PLA warships`, `Lockheed Martin F-16`.
    func owners(_ reader: inout ClauseReader) {
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
            // `received five of Türkiye's TB2 drones`: so does a country's possessive.
            if owner.role == .demonym || (possessive && owner.isCountry), isBought(owner, reader) {
                if owner.isCountry { reader.add(weapon, .madeBy, owner, at: weapon.tokens.lowerBound) }
                continue
            }
            let isMaker = owner.isArmsMaker
            reader.add(isMaker ? weapon : owner, isMaker ? .madeBy : .operates, isMaker ? owner : weapon, at: weapon.tokens.lowerBound)
            // `a French Cesar howitzer`: a people's adjective that is a named weapon's own origin names its maker too.
            if owner.role == .demonym, owner.isCountry, weapon.role == .name, weapon.attributes.contains(where: { $0.key == "origin" && $0.value == owner.canonical }) {
                reader.add(weapon, .madeBy, owner, at: weapon.tokens.lowerBound)
            }
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
        listed(from: position) { earlier, words in
            earlier.type == .weaponSystem && words.contains { $0 == "," || $0 == "and" }
                && words.allSatisfy { $0 == "," || $0 == "and" || $0.first?.isNumber == true || Self.weaponModifiers.contains($0) }
        }
    }

    /// `Israel said its aircraft struck ...`: the body a possessive pronoun stands for operates the weapon.
    private func pronounOwners(_ reader: inout ClauseReader) {
        for weapon in view.mentions where weapon.type == .weaponSystem {
            var j = weapon.tokens.lowerBound - 1
            while j >= 0, j >= weapon.tokens.lowerBound - 4, !view.hasMention(at: j) || isMaker(at: j), !["its", "their"].contains(view.folded[j]) { j -= 1 }
            guard j >= 0, ["its", "their"].contains(view.folded[j]), modifiesWeapon(j + 1..<weapon.tokens.lowerBound, reader),
                let owner = reader.resolvePronoun(at: j), owner.type == .actor, owner.kind != "Person", owner.role != .generic,
                owner.sentence == weapon.sentence, owner.tokens.upperBound <= j,  // (an antecedent in the sentence only)
                j == 0 || reader.verbClass(at: j - 1) != .supply  // (`Rheinmetall delivered its first Lynx`: what it hands over)
            else { continue }
            reader.add(owner, .operates, weapon, at: weapon.tokens.lowerBound)
        }
    }

    /// Whether token `j` is a maker's compound (`US-made`, `Turkish-built`) that describes the weapon after it.
    private func isMaker(at j: Int) -> Bool {
        guard let maker = view.mention(at: j), maker.tokens == j..<j + 1, maker.isPartOfWord(view.tokens) else { return false }
        return view.folded[j].hasSuffix("-made") || view.folded[j].hasSuffix("-built")
    }

    /// Whether the words between an owner and a weapon only count or describe it
    /// (`first six`, `surveillance`), with no verb, preposition or trigger among them.
    private func modifiesWeapon(_ gap: Range<Int>, _ reader: ClauseReader) -> Bool {
        gap.count <= 4 && gap.allSatisfy { j in
            let word = view.folded[j]
            if view.tokens[j].kind == .number || Self.weaponModifiers.contains(word) || isMaker(at: j) { return true }
            return view.tokens[j].kind == .word && !view.tokens[j].isCapitalized && !reader.isTrigger(j) && !ClauseReader.prepositions.contains(word)
                && !ClauseReader.determiners.contains(word) && !ClauseReader.beForms.contains(word) && !SentenceView.clauseWords.contains(word)
                && !word.hasSuffix("ed") && !word.hasSuffix("ing")
        }
    }

    /// Whether the mention is the first part of a hyphenated word (`Israeli` in `Israeli-made`).
    private func isPartial(_ mention: Mention) -> Bool {
        mention.isPartOfWord(view.tokens)
    }

    /// `Israeli-made Iron Dome`, `the Iran-backed group`; written apart, `Myanmar based The Irrawaddy`.
    func compounds(_ reader: inout ClauseReader) {
        for (position, modifier) in view.mentions.enumerated() where position + 1 < view.mentions.count {
            let rule: (relation: Relation, nounIsSubject: Bool)
            if isPartial(modifier) {
                let word = view.folded[modifier.tokens.lowerBound]
                guard let dash = word.lastIndex(of: "-"), let found = CompoundModifier.relations[String(word[word.index(after: dash)...])] else { continue }
                rule = found
            } else {
                let after = modifier.tokens.upperBound
                guard after + 1 < view.count, let found = CompoundModifier.relations[view.folded[after]], found.relation == .locatedIn,
                    view.mentions[position + 1].tokens.lowerBound == after + 1
                else { continue }
                rule = found
            }
            let noun = view.mentions[position + 1]
            let between = (isPartial(modifier) ? modifier.tokens.upperBound : modifier.tokens.upperBound + 1)..<noun.tokens.lowerBound
            // `Ukraine-made engines, Akinci`: the modified noun ends at a comma; `Iran-backed groups in Iraq`, at a preposition.
            guard between.count <= 2,
                !between.contains(where: { reader.isTrigger($0) || view.tokens[$0].kind != .word || ClauseReader.prepositions.contains(view.folded[$0]) })
            else { continue }
            // Only a body is based somewhere, and only in a place or country.
            if rule.relation == .locatedIn, noun.type != .actor || noun.isCountry || !(modifier.type == .place || modifier.isCountry) { continue }
            if rule.nounIsSubject { reader.add(noun, rule.relation, modifier, at: modifier.tokens.lowerBound) } else {
                reader.add(modifier, rule.relation, noun, at: modifier.tokens.lowerBound)
            }
        }
    }
}

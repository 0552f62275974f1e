import NewsGraphCore

/// Bodies of bodies: leaders, affiliations, units and possessive owners.
extension ModifierRules {
    /// `The Libyan National Army (LNA), commanded by Khalifa Haftar`, `a group founded by the militant leader Akram
    /// al-Kabbi`: the leader is a member.
    func leaders(_ reader: inout ClauseReader) {
        for (position, body) in view.mentions.enumerated() where body.type == .actor && body.kind == "Organization" && position + 1 < view.mentions.count {
            var next = position + 1
            var end = body.tokens.upperBound
            // (An acronym in parentheses after the body's name.)
            if view.mentions[next].entity == body.entity, next + 1 < view.mentions.count, end < view.count, view.tokens[end].text == "(" {
                end = view.mentions[next].tokens.upperBound + 1
                next += 1
            }
            let person = view.mentions[next]
            guard person.kind == "Person", end <= person.tokens.lowerBound else { continue }
            var words = Array(view.folded[end..<person.tokens.lowerBound])
            if words.first == "," { words.removeFirst() }
            // (Plain words of a title may stand before the name: `by the militant leader`.)
            let title = words.dropFirst(2)
            guard words.count >= 2, Self.leadingVerbs.contains(words[0]), words[1] == "by", title.count <= 4,
                title.allSatisfy({ $0.first?.isLetter == true }),
                (person.tokens.lowerBound - title.count..<person.tokens.lowerBound).allSatisfy({ !view.tokens[$0].isCapitalized })
            else { continue }
            reader.add(person, .memberOf, body, at: body.tokens.lowerBound)
        }
    }

    /// `Michael Knights of the Washington Institute for Near East Policy`: a person of a body is a member of it.
    func staff(_ reader: inout ClauseReader) {
        for (position, person) in view.mentions.enumerated() where person.kind == "Person" && position + 1 < view.mentions.count {
            let body = view.mentions[position + 1]
            let words = Array(view.folded[person.tokens.upperBound..<body.tokens.lowerBound])
            guard body.type == .actor, body.kind == "Organization", words == ["of"] || words == ["of", "the"] else { continue }
            reader.add(person, .memberOf, body, at: person.tokens.lowerBound)
        }
    }

    /// Words that make the body before them part of the body after the preposition that follows:
    /// `affiliated to Libya's GNA`, `falls under the SYS Group`.
    static let partPhrases: [String: Set<String>] = ["affiliated": ["to", "with"], "falls": ["under"], "fall": ["under"], "fell": ["under"]]

    /// `the military prosecutor, affiliated to Libya's GNA`, `an organization that falls under the SYS Group`,
    /// `the coalition, which includes militias like the FDLR`: one body is part of another.
    func affiliations(_ reader: inout ClauseReader) {
        let folded = view.folded
        // `Petr Fiala (ODS)`: a person is a member of the party whose acronym follows the name.
        for person in view.mentions where person.kind == "Person" {
            let open = person.tokens.upperBound
            guard open + 2 < view.count, folded[open] == "(", folded[open + 2] == ")", let party = view.mention(at: open + 1),
                party.kind == "Organization", party.tokens == open + 1..<open + 2
            else { continue }
            reader.add(person, .memberOf, party, at: open + 1)
        }
        for i in 0..<view.count {
            if let prepositions = Self.partPhrases[folded[i]], i + 2 < view.count, prepositions.contains(folded[i + 1]),
                let whole = body(startingAt: i + 2), let part = bodyBefore(i)
            {
                reader.add(part, .partOf, whole, at: i)
            } else if ["includes", "include", "included"].contains(folded[i]), i >= 2, folded[i - 1] == "which", let whole = bodyBefore(i - 1) {
                for member in members(listedAfter: i, reader) where member.entity != whole.entity { reader.add(member, .partOf, whole, at: i) }
            }
        }
    }

    /// The bodies listed after the verb at `i` up to the end of its clause, where the clause's own verb comes
    /// after a comma (`which includes militias like the FDLR, …, targets civilians`).
    private func members(listedAfter i: Int, _ reader: ClauseReader) -> [Mention] {
        var found: [Mention] = []
        var j = i + 1
        while j < view.count, !view.isBoundary(j) || [",", "(", ")"].contains(view.folded[j]) {
            if let member = view.mention(at: j), member.type == .actor, !member.isCountry, member.role != .demonym, member.kind != "Person" {
                found.append(member)
            }
            if view.folded[j] == ",", j + 1 < view.count, reader.verbClass(at: j + 1) != nil { break }
            j = view.mention(at: j)?.tokens.upperBound ?? j + 1
        }
        return found
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
                // (`the Department of War conducted a strike on a vessel affiliated with the ELN`: a verb between is another clause's.)
                && !(mention.tokens.upperBound..<i).contains { VerbTable.forms[view.folded[$0]] != nil || VerbTable.lightVerbs.contains(view.folded[$0]) }
        }
    }

    /// `Yemen's Houthi movement` (located in), `The PLA's Eastern Theater Command` and
    /// `the Pakistan Army's media wing, Inter-Services Public Relations` (part of).
    func bodies(_ reader: inout ClauseReader) {
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
                // `Libya's internationally recognized Government of National Accord` is a part of the state.
                let stateBody = Self.stateBodyWords.contains { LexiconKey.fold(next.canonical).contains($0) }
                reader.add(next, owner.isCountry && !stateBody ? .locatedIn : .partOf, owner, at: owner.tokens.lowerBound)
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

    /// Words in the name of a body of the state itself.
    static let stateBodyWords = ["government", "ministry", "parliament", "presidency", "cabinet"]

    /// Nouns for a part of a body: `wing`, `unit`, `force`, `branch`.
    static let unitNouns: Set<String> = ["wing", "unit", "force", "branch", "arm", "brigade", "division", "affiliate", "faction", "cell", "command"]
}

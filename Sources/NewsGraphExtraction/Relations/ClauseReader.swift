import NewsGraphCore

/// Finds the arguments of trigger words within their clause: subjects to the
/// left (through relative pronouns and pronouns), objects to the right with
/// the preposition that governs each, passive agents after `by`.
struct ClauseReader {
    let view: SentenceView
    let discourse: Discourse
    var facts: [Fact] = []
    /// Transfers whose subject is a person, for ``PersonDeals`` to give to the person's country.
    var personDeals: [Fact] = []
    /// Subjects found in this sentence, in order (for participles and the next sentences).
    var sentenceSubjects: [Mention] = []
    /// Triggers whose arguments the word sequence did not give (see ``readVerbs()``).
    var unfilled: [Int] = []

    /// An argument after a trigger and the preposition before it (nil for a direct object).
    struct Argument {
        var mention: Mention
        var preposition: String?
    }

    static let prepositions: Set<String> = [
        "to", "with", "from", "on", "against", "at", "in", "into", "by", "for", "of", "near", "over", "toward", "towards",
        "across", "along", "off", "onto", "inside", "around", "through", "between", "alongside",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of", "for", "no", "any", "such", "every", "each", "that"]
    /// Words that open a noun phrase and no clause.
    static let articles: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this"]
    static let beForms: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"]
    static let irregularParticiples: Set<String> = ["made", "built", "sold", "given", "sent", "struck", "hit", "bought", "fought", "shot", "slain", "flown", "launched"]
    static let pronouns: Set<String> = ["it", "he", "she", "they", "we", "its", "his", "her", "their"]
    static let speechWords: Set<String> = ["said", "says", "say", "told", "added", "stated", "claimed", "announced", "saying"]

    /// Each token's verb class where it is used as a verb; computed once per sentence.
    private let triggers: [VerbTable.Class?]

    init(view: SentenceView, discourse: Discourse) {
        self.view = view
        self.discourse = discourse
        triggers = view.tokens.indices.map { Self.verbClass(view, at: $0) }
    }

    // MARK: triggers

    /// The verb class of token `i` when it is used as a verb.
    func verbClass(at i: Int) -> VerbTable.Class? { triggers[i] }

    private static func verbClass(_ view: SentenceView, at i: Int) -> VerbTable.Class? {
        guard view.tokens[i].kind == .word, !view.hasMention(at: i), let kind = VerbTable.forms[view.folded[i]] else { return nil }
        if i > 0, Self.determiners.contains(view.folded[i - 1]) || view.tokens[i - 1].kind == .possessive {
            // `of buying`, `for supplying`: a gerund after a preposition is still a verb.
            guard view.folded[i].hasSuffix("ing"), ["of", "for"].contains(view.folded[i - 1]) else { return nil }
        }
        // `a drone attack`, `the missile strike`, `a military base`: a bare form after a determiner and a singular modifier
        // is a noun. Nouns of giving and backing state the verb's relation themselves (`the US military aid to Kyiv`).
        if i > 1, ["attack", "strike", "raid"].contains(view.folded[i]) ? Self.determiners.contains(view.folded[i - 2])
            : VerbTable.bareForms.contains(view.folded[i]) && ![.supply, .acquire, .support, .send].contains(kind)
                && Self.articles.contains(view.folded[i - 2]) && !Self.determiners.contains(view.folded[i - 1]),
            view.tokens[i - 1].kind == .word, !view.tokens[i - 1].isCapitalized || view.hasMention(at: i - 1),
            !view.folded[i - 1].hasSuffix("s") || view.folded[i - 1].hasSuffix("ss")
        {
            return nil
        }
        // `another Russian KAB strike`: so is an attack word after a determiner and names that modify it.
        if ["attack", "strike", "raid"].contains(view.folded[i]), i > 0, view.hasMention(at: i - 1) {
            var k = i - 1
            for _ in 0..<2 { if k >= 0, let modifier = view.mention(at: k), modifier.type != .place { k = modifier.tokens.lowerBound - 1 } }
            if k >= 0, k < i - 1, Self.determiners.contains(view.folded[k]) || view.folded[k] == "another" || view.tokens[k].kind == .possessive { return nil }
        }
        // `many targets were shot down`, `the strikes have`: a plain or -s form before an auxiliary is its subject, a noun.
        if i + 1 < view.count, VerbTable.finiteAuxiliaries.contains(view.folded[i + 1]), !view.folded[i].hasSuffix("ed"), !view.folded[i].hasSuffix("ing") {
            return nil
        }
        // `its fight against invading Russia`: a participle before a name after a preposition describes the name.
        if i > 0, i + 1 < view.count, ["invading", "occupying"].contains(view.folded[i]), Self.prepositions.contains(view.folded[i - 1]),
            view.hasMention(at: i + 1)
        {
            return nil
        }
        // `attacked rebel positions of the PKK`: a plain or -s form before `of` is a noun.
        if i + 1 < view.count, view.folded[i + 1] == "of", !view.folded[i].hasSuffix("ed"), !view.folded[i].hasSuffix("ing") { return nil }
        // `clashes between Pakistan and Afghanistan`: a conflict word before `between` is a noun.
        if i + 1 < view.count, view.folded[i + 1] == "between", VerbTable.conflictNouns.contains(view.folded[i]) { return nil }
        // `provide all out support to`, `offered military assistance`: what a verb of giving gives is a noun.
        if VerbTable.bareForms.contains(view.folded[i]),
            let giving = (max(0, i - 3)..<i).last(where: { VerbTable.forms[view.folded[$0]] == .supply }),
            (giving + 1..<i).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalized && VerbTable.forms[view.folded[$0]] == nil })
        {
            return nil
        }
        // `struck Hezbollah targets`, `strikes on Hezbollah positions`: a plural noun right after a name that follows a
        // verb of the table or a preposition is the head of that phrase; no verb follows its object directly.
        if i > 0, Self.pluralNouns.contains(view.folded[i]), let name = view.mention(at: i - 1), name.tokens.lowerBound > 0,
            VerbTable.forms[view.folded[name.tokens.lowerBound - 1]] != nil || Self.prepositions.contains(view.folded[name.tokens.lowerBound - 1])
        {
            return nil
        }
        // `5 million pounds`, `3 strikes`: after an amount the word is a noun; so is the currency before one (`pounds 5m`).
        if i > 0, view.tokens[i - 1].kind == .number || VerbTable.amounts.contains(view.folded[i - 1]) { return nil }
        if view.folded[i].hasPrefix("pound"), !view.hasMention(at: i - 1),
            (i + 1 < view.count && view.tokens[i + 1].kind == .number) || (i > 0 && view.folded[i - 1] == "(")
        {
            return nil
        }
        if let particle = VerbTable.particles[view.folded[i]] {
            return i + 1 < view.count && view.folded[i + 1] == particle ? kind : nil
        }
        return kind
    }

    func isTrigger(_ i: Int) -> Bool { verbClass(at: i) != nil }

    /// Verb forms that are also plural nouns of what is attacked or sent (`Hezbollah targets`, `Russian positions`).
    static let pluralNouns: Set<String> = ["targets", "positions", "strikes", "attacks", "raids", "supplies", "arms", "shells", "bases", "forces", "troops"]

    // MARK: subjects

    /// Prepositions whose object is no subject of the verb after it.
    static let governors: Set<String> = ["in", "at", "near", "from", "into", "on", "over", "across", "inside", "outside", "toward", "towards", "with", "against"]

    /// Whether the mention starting at token `start` is the object of a preposition, alone or listed after
    /// one that is (`militias in Iraq and Syria have attacked`).
    private func isGoverned(_ start: Int) -> Bool {
        var start = start
        while start > 0 {
            // (`under pressure from their EU and NATO allies to provide Ukraine with …`: a possessive pronoun may stand between.)
            let before = start >= 2 && ["their", "its", "his", "her", "our"].contains(view.folded[start - 1]) ? start - 2 : start - 1
            if Self.governors.contains(view.folded[before]) { return true }
            guard start >= 2, ["and", "or", ","].contains(view.folded[start - 1]), let previous = view.mention(at: start - 2) else { return false }
            start = previous.tokens.lowerBound
        }
        return false
    }

    /// The subjects of the trigger at `t`: the nearest actor to the left in the clause and those coordinated with it.
    func subjects(of t: Int, allowWeapons: Bool = false) -> [Mention] {
        // `it repelled Ukrainian advances and inflicted losses`: verbs joined by `and` share the first one's subject.
        if let first = coordinatedVerb(before: t) { return subjects(of: first, allowWeapons: allowWeapons) }
        // `UK boosts Ukraine capability by sending missiles`: a gerund after `by` takes the sentence's subject.
        if t >= 2, view.folded[t - 1] == "by", view.folded[t].hasSuffix("ing"),
            let first = view.mentions.first(where: { $0.type == .actor && $0.tokens.upperBound < t - 1 }), !isObject(first),
            first.tokens.lowerBound <= 2
        {
            return coordinated(with: first)
        }
        var j = relativeClauseStart(before: t) ?? t - 1
        while j >= 0 {
            if let mention = view.mention(at: j) {
                let start = mention.tokens.lowerBound
                if isGoverned(start) {
                    j = start - 1
                    continue
                }
                // `The Russia-backed group`: the country inside a compound modifier is not the subject.
                let partial = mention.isPartOfWord(view.tokens)
                // `Hezbollah, a powerful Lebanese movement allied with Hamas`: the name the noun phrase describes.
                if mention.role == .demonym, let head = appositionHead(before: mention) { return [head] }
                if mention.type == .actor, !partial { return coordinated(with: mention) }
                if allowWeapons, mention.type == .weaponSystem { return [mention] }
                // `after an enemy drone struck a vehicle`: a weapon that no actor's word owns is the subject, and who
                // sent it is not told.
                if mention.type == .weaponSystem, mention.tokens.upperBound == t, isUnowned(mention) { return [] }
            }
            let word = view.folded[j]
            if word == "which" || word == "who" {
                var k = j - 1
                if k >= 0, view.tokens[k].text == "," { k -= 1 }
                // `The UAE, Egypt and Russia, which back Haftar`: the whole list.
                if let antecedent = view.mention(at: k), antecedent.type == .actor { return coordinated(with: antecedent) }
                if let antecedent = view.mention(at: k), allowWeapons { return [antecedent] }
                return []
            }
            // `his country`, `their government`: the possessor is not the subject, and its country is not known here.
            if ["his", "her", "their", "its"].contains(word), j + 1 < view.count, ["country", "nation", "government", "state"].contains(view.folded[j + 1]) {
                return []
            }
            if Self.pronouns.contains(word), view.tokens[j].kind == .word, let resolved = resolvePronoun(at: j) { return [resolved] }
            // `The Sudanese Armed Forces (SAF) have used`: an acronym in parentheses does not end the clause.
            if view.tokens[j].text == ")", j >= 2, view.tokens[j - 2].text == "(" {
                j -= 1
                continue
            }
            if j < t - 1, view.isBoundary(j) { break }
            // `The army said the criminals used drones`: who speaks does not do what the words say (but `Russia is
            // said to have deployed` is Russia's deed).
            if j < t - 1, Self.speechWords.contains(word), j == 0 || !Self.beForms.contains(view.folded[j - 1]) { break }
            j -= 1
        }
        return []
    }

    /// Whether an article and plain words, and no name, come before the weapon (`an enemy drone`), and no
    /// verb before the article makes the phrase its object (`launched an artillery assault`).
    private func isUnowned(_ weapon: Mention) -> Bool {
        var j = weapon.tokens.lowerBound - 1
        while j >= 0, weapon.tokens.lowerBound - j <= 3, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized, !view.hasMention(at: j) {
            if ["a", "an", "the"].contains(view.folded[j]) {
                return j == 0 || !(VerbTable.lightVerbs.contains(view.folded[j - 1]) || isTrigger(j - 1))
            }
            j -= 1
        }
        return false
    }

    /// The actor that a noun phrase with a people's adjective stands in apposition to: in `Hezbollah, a
    /// powerful Lebanese movement`, Hezbollah for `Lebanese`. Nil where a name follows the adjective, or no
    /// common noun does.
    private func appositionHead(before demonym: Mention) -> Mention? {
        let after = demonym.tokens.upperBound
        guard after < view.count, view.tokens[after].kind == .word, !view.tokens[after].isCapitalized, !view.hasMention(at: after) else { return nil }
        var j = demonym.tokens.lowerBound - 1
        while j >= 0, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized, !view.hasMention(at: j), !["a", "an", "the"].contains(view.folded[j]) {
            j -= 1
        }
        guard j >= 2, ["a", "an", "the"].contains(view.folded[j]), view.folded[j - 1] == ",", let head = view.mention(at: j - 2), head.type == .actor else { return nil }
        return head
    }

    /// The trigger whose subject the verb at `t` shares when `and` comes right before it, with no clause boundary
    /// and no other name of an actor at the head of a clause between them.
    private func coordinatedVerb(before t: Int) -> Int? {
        guard t >= 2, view.folded[t - 1] == "and" else { return nil }
        var j = t - 2
        while j >= 0, j >= t - 14, !view.isBoundary(j) {
            if isTrigger(j) { return j }
            j -= 1
        }
        return nil
    }

    /// `Turkey, which backs the GNA, (has) sent drones`: the word before a
    /// relative clause or apposition that closes right before the trigger at `t`, so that
    /// the subject is looked for outside the clause.
    func relativeClauseStart(before t: Int) -> Int? {
        var end = t - 1
        while end > 0, ["has", "have", "had", "also", "then", "later", "reportedly", "has also", "is", "was"].contains(view.folded[end]) { end -= 1 }
        guard end >= 3, view.folded[end] == "," else { return nil }
        var k = end - 1
        while k > 0, view.folded[k] != "," { k -= 1 }
        // (`The Kataib Hezbollah militia, a group that falls under the PMF, fired`: an apposition too;
        // `Hamas, led by Yahya Sinwar, fired`: and a participle with its agent.)
        let participle = k + 2 < end && view.folded[k + 2] == "by" && (view.folded[k + 1].hasSuffix("ed") || Self.irregularParticiples.contains(view.folded[k + 1]))
        guard k > 0, k + 1 < end, ["which", "who", "a", "an", "the"].contains(view.folded[k + 1]) || participle else { return nil }
        return k - 1
    }

    /// The mention and those joined to it by `and` or `,` before it (`The United States and Britain`).
    func coordinated(with mention: Mention) -> [Mention] {
        var list = [mention]
        var start = mention.tokens.lowerBound
        while start >= 2, view.folded[start - 1] == "and" || view.folded[start - 1] == "," {
            // (`Estonia, France, Belgium, Cyprus, and Hungary`: a comma may stand before the last `and`.)
            let end = start >= 3 && view.folded[start - 1] == "and" && view.folded[start - 2] == "," ? start - 2 : start - 1
            guard end >= 1, let previous = view.mention(at: end - 1), previous.type == .actor, !isObject(previous) else { break }
            list.insert(previous, at: 0)
            start = previous.tokens.lowerBound
        }
        return list
    }

    /// Whether a preposition or a verb governs the mention (`fired missiles at Israel`): it is another clause's
    /// object, not part of a subject (`… at Israel and Hezbollah fired rockets`).
    private func isObject(_ mention: Mention) -> Bool {
        var before = mention.tokens.lowerBound - 1
        if before >= 0, view.folded[before] == "the" { before -= 1 }
        return before >= 0 && (Self.prepositions.contains(view.folded[before]) || isTrigger(before))
    }

    /// Whether a name at token `j` has a verb of its own in the past tense right after it (`and Hezbollah fired`):
    /// the subject of a new clause, which ends the list of objects before it.
    private func startsClause(at j: Int) -> Bool {
        guard let mention = view.mention(at: j), mention.tokens.lowerBound == j, mention.role == .name, mention.type == .actor else { return false }
        let k = mention.tokens.upperBound
        return k < view.count && isTrigger(k) && (view.folded[k].hasSuffix("ed") || Self.irregularParticiples.contains(view.folded[k]))
    }

    /// `sent Ukraine rocket systems`: a country's name right after a verb of giving is who receives, not a modifier.
    func isFirstObjectOfGiving(_ mention: Mention, verb t: Int) -> Bool {
        guard mention.role == .name, mention.isCountry, mention.tokens.lowerBound == t + 1, let kind = verbClass(at: t) else { return false }
        return kind == .supply || kind == .send
    }

    /// A national adjective right before another name (`North Korean artillery shells`) or a border
    /// (`on the Bangladeshi border`).
    func isModifier(_ mention: Mention) -> Bool {
        let next = mention.tokens.upperBound
        // `targeted by Iranian-backed militants`: a backer in a compound word is none of the verb's arguments.
        if mention.isPartOfWord(view.tokens), let dash = view.folded[mention.tokens.lowerBound].lastIndex(of: "-"),
            CompoundModifier.relations[String(view.folded[mention.tokens.lowerBound][dash...].dropFirst())]?.relation == .supports
        {
            return true
        }
        if mention.role == .demonym || mention.isCountry,
            view.hasMention(at: next) || (mention.role == .demonym && next < view.count && Self.borderWords.contains(view.folded[next]))
        {
            return true
        }
        // `Palestinian militant group Hamas`: a people's adjective on a noun in apposition to a name describes the name.
        guard mention.role == .demonym || mention.kind == "Group" else { return false }
        var j = next
        while j < view.count, j < next + 3, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized,
            view.mention(at: j).map({ $0.role == .generic }) ?? true, !Self.prepositions.contains(view.folded[j]), !isTrigger(j)
        {
            j += 1
        }
        return j > next && j < view.count && view.mention(at: j).map { $0.type == .actor && $0.role == .name && !$0.isCountry } == true
    }

    /// Nouns that a people's adjective before them only places (`the Bangladeshi border`).
    static let borderWords: Set<String> = ["border", "borders", "frontier", "boundary"]

    /// What a pronoun at `j` refers to.
    func resolvePronoun(at j: Int) -> Mention? {
        let word = view.folded[j]
        switch word {
        case "he", "she", "his", "her":
            return view.mentions.last { $0.tokens.upperBound <= j && $0.kind == "Person" } ?? discourse.lastPerson
        case "they", "their":
            // `a coalition fighting Houthi rebels after they seized Sanaa`: a body named in the plural earlier in the
            // sentence, before the subjects of the sentences before.
            let plural = view.mentions.last {
                $0.tokens.upperBound <= j && $0.type == .actor && !$0.isCountry && $0.kind != "Person" && $0.role != .generic
                    && !$0.isMedia && !isModifier($0) && isPluralName($0)
            }
            return plural ?? discourse.lastSubjects.last ?? discourse.sentenceSubject
        default:
            if j >= 1, Self.speechWords.contains(view.folded[j - 1]) || (j >= 2 && view.folded[j - 1] == "that" && Self.speechWords.contains(view.folded[j - 2])) {
                let speechAt = view.folded[j - 1] == "that" ? j - 2 : j - 1
                if let speaker = subjects(of: speechAt).last { return speaker }
            }
            return view.mentions.last { $0.tokens.upperBound <= j && $0.type == .actor && $0.kind != "Person" && $0.role != .generic && !isModifier($0) }
                ?? discourse.sentenceSubject ?? discourse.lastSubjects.last { $0.kind != "Person" } ?? discourse.lastActor
        }
    }

    /// Whether a name ends in a plural word (`Houthi rebels`, `Houthis`; not `Hamas`).
    private func isPluralName(_ mention: Mention) -> Bool {
        let last = view.folded[mention.tokens.upperBound - 1]
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// Gerunds that name the instrument of the clause's action (`shot down drones using NASAMS`): their subject is an actor.
    static let instrumentalGerunds: Set<String> = ["using", "employing"]
    /// Verbs whose passive names the subject of the gerund after `of` (`X has been accused by Y of supplying Z`).
    static let accusationVerbs: Set<String> = ["accused", "suspected", "charged"]

    /// The subjects of a gerund after a passive accusation: `X has been accused (by Y) of supplying Z` gives X, not Y.
    func accusedSubjects(of t: Int) -> [Mention]? {
        guard t >= 2, view.folded[t].hasSuffix("ing"), view.folded[t - 1] == "of",
            let verb = (max(0, t - 8)...(t - 2)).last(where: { Self.accusationVerbs.contains(view.folded[$0]) }),
            verb == t - 2 || view.folded[verb + 1] == "by", isPassive(verb)
        else { return nil }
        return subjects(of: verb)
    }

    // MARK: objects

    /// The mentions after the trigger at `t` up to the clause's end, with their prepositions.
    func objects(after t: Int, stopAtTriggers: Bool = true) -> [Argument] {
        var arguments: [Argument] = []
        var preposition: String?
        var including = false
        // Whether the phrase after the verb or the last preposition has named an entity yet.
        var phraseNamed = false
        var j = t + 1
        if j < view.count, VerbTable.particles[view.folded[t]] == view.folded[j] { j += 1 }
        j = afterInterjection(j)
        while j < view.count {
            // `supplying the Rapid Support Forces (RSF) with drones`, `the Standard Missile 2 Block IIIC (SM2 IIIC) and`: a
            // name's short form in parentheses does not end the clause.
            if view.tokens[j].text == "(", view.hasMention(at: j - 1),
                let close = (j + 2..<min(view.count, j + 5)).first(where: { view.tokens[$0].text == ")" }),
                (j + 1..<close).allSatisfy({ view.tokens[$0].kind == .word || view.tokens[$0].kind == .number || view.hasMention(at: $0) })
            {
                j = close + 1
                continue
            }
            if view.isBoundary(j) || (stopAtTriggers && isTrigger(j) && j > t + 1) { break }
            // `send weapons, including drones, to Russia`: the list closes and the clause goes on.
            if view.tokens[j].text == ",", including, j + 1 < view.count, Self.prepositions.contains(view.folded[j + 1]) {
                including = false
                j += 1
                continue
            }
            // `send 1,000 weapons, including missiles and drones, to Russia`: the list opens.
            if view.tokens[j].text == ",", j + 1 < view.count, view.folded[j + 1] == "including", !including {
                j += 1
                continue
            }
            // `with advanced, long-range drones`: a comma between the adjectives of a phrase that has named nothing yet.
            // (`sending Ukraine long-range, high-precision missiles`: after a name too, where a compound adjective ends.)
            if view.tokens[j].text == ",", !phraseNamed || view.folded[j - 1].contains("-"), j > t + 1, j + 1 < view.count, view.tokens[j - 1].kind == .word,
                !view.tokens[j - 1].isCapitalized,
                let next = view.mention(at: j + 1) ?? (view.tokens[j + 1].kind == .word ? view.mention(at: j + 2) : nil), next.type == .weaponSystem
            {
                j += 1
                continue
            }
            if view.tokens[j].text == ",", !view.continuesList(j) || !sameTypeFollows(j, as: arguments.last?.mention) || isAttribution(after: j) { break }
            if let mention = view.mention(at: j) {
                // A national adjective before a name or weapon modifies it (`Russian missiles`).
                let next = mention.tokens.upperBound
                let modifies = isModifier(mention) && !isFirstObjectOfGiving(mention, verb: t)
                if !modifies { arguments.append(Argument(mention: mention, preposition: preposition)) }
                phraseNamed = true
                j = next
                continue
            }
            let word = view.folded[j]
            if word == "and", j + 1 < view.count, startsClause(at: j + 1) { break }
            // `drones equipped with guided missiles`: what a weapon carries is not given with it.
            if Self.fittingWords.contains(word), view.hasMention(at: j - 1) { break }
            if word == "including" { including = true }
            if word == "them", let weapon = lastNamedWeapon(before: j) {
                arguments.append(Argument(mention: weapon, preposition: preposition))
            }
            if Self.prepositions.contains(word), !(word == "of" && (preposition != nil || isAfterQuantity(j))), !isQuantifier(j) {
                preposition = word
                phraseNamed = false
            }
            if word == "close" || word == "next" { preposition = "near" }
            if word == "and", returnsToObjects(after: j, arguments, preposition) { preposition = nil }
            j += 1
        }
        return arguments
    }

    /// `battle Hamas in Gaza and the Lebanese Hezbollah movement in Lebanon`: an actor after `and` that follows the
    /// place of an actor's phrase is another object of the verb, not another place.
    private func returnsToObjects(after and: Int, _ arguments: [Argument], _ preposition: String?) -> Bool {
        guard preposition != nil, let last = arguments.last, last.mention.type == .place, last.preposition == preposition,
            arguments.contains(where: { $0.preposition == nil && $0.mention.type == .actor }),
            let next = (and + 1..<min(view.count, and + 4)).lazy.compactMap({ self.view.mention(at: $0) }).first
        else { return false }
        return next.type == .actor && next.tokens.lowerBound > and
            && (and + 1..<next.tokens.lowerBound).allSatisfy { Self.articles.contains(view.folded[$0]) }
    }

    /// `…, the Japanese and South Korean governments said`: the words after the comma at `comma` are who said the clause.
    private func isAttribution(after comma: Int) -> Bool {
        var k = comma + 1
        while k < view.count, k - comma <= 10, view.folded[k] != "," {
            if ["said", "says", "say", "told", "reported"].contains(view.folded[k]) { return k > comma + 1 }
            k += 1
        }
        return false
    }

    /// Participles that say what a weapon carries (`drones equipped with guided missiles`).
    static let fittingWords: Set<String> = ["equipped", "fitted", "loaded", "armed"]

    /// Words that open a time or manner phrase set off by commas after a verb (`received, on Monday April 8, a dozen drones`).
    static let interjectionWords: Set<String> = ["on", "in", "last", "this", "earlier", "later", "reportedly", "however", "also", "recently", "finally"]

    /// The token after a short comma-bounded time or manner phrase that starts at `j`, or `j` when there is none.
    private func afterInterjection(_ j: Int) -> Int {
        guard j + 1 < view.count, view.tokens[j].text == ",", Self.interjectionWords.contains(view.folded[j + 1]) else { return j }
        var k = j + 2
        while k < view.count, k <= j + 7, !view.hasMention(at: k) {
            if view.tokens[k].text == "," { return k + 1 }
            if view.isBoundary(k) { return j }
            k += 1
        }
        return j
    }

    /// Nouns of quantity before `of`: `a wave of drones` is the drones (`launched a wave of Shahed drones`).
    static let quantityNouns: Set<String> = ["wave", "waves", "barrage", "barrages", "salvo", "salvos", "swarm", "volley", "batch", "series", "dozens", "hundreds", "thousands"]

    /// Whether the `of` at `j` follows a noun of quantity.
    private func isAfterQuantity(_ j: Int) -> Bool {
        view.folded[j] == "of" && j > 0 && Self.quantityNouns.contains(view.folded[j - 1])
    }

    /// `at least`, `at most`, `up to`: a quantifier, not a preposition (`killing at least seven civilians`).
    private func isQuantifier(_ j: Int) -> Bool {
        guard j + 1 < view.count else { return false }
        // (`killed up to 60 soldiers`.)
        if view.folded[j] == "to", j > 0, view.folded[j - 1] == "up" { return view.tokens[j + 1].kind == .number }
        return view.folded[j] == "at" && (view.folded[j + 1] == "least" || view.folded[j + 1] == "most")
    }

    /// Whether the first mention after the comma at `j` has the type of the list so far.
    private func sameTypeFollows(_ j: Int, as last: Mention?) -> Bool {
        guard let last else { return true }
        var k = j + 1
        while k < view.count, !view.hasMention(at: k), k <= j + 3 { k += 1 }
        guard let next = view.mention(at: k) else { return false }
        // A country named as a location lists with places (`in Yemen, including around Hodeidah`).
        let kind = { (m: Mention) in m.type == .place || m.isCountry ? NodeType.place : m.type }
        return kind(next) == kind(last)
    }

    /// The weapons or actors listed just before the trigger at `t` (`Kh-101 cruise missiles and Shahed drones launched`).
    func patients(before t: Int) -> [Mention] {
        var list: [Mention] = []
        var j = t - 1
        while j >= 0 {
            if let mention = view.mention(at: j) {
                list.insert(mention, at: 0)
                j = mention.tokens.lowerBound - 1
                continue
            }
            // `unmanned aircraft used by Haftar's forces and provided by the UAE`: participles joined by `and` share what they are said of.
            if isTrigger(j), t > 0, view.folded[t - 1] == "and", j + 1 < view.count, view.folded[j + 1] == "by", list.allSatisfy({ $0.type == .actor }) {
                return patients(before: j)
            }
            if view.isBoundary(j) || isTrigger(j) || Self.speechWords.contains(view.folded[j]) { break }
            // `strikes on structures used by Hamas`: a participle right after a plain noun is said of that noun, unless the
            // noun heads a weapon's name (`IRIS-T defense systems produced by Diehl`).
            if j == t - 1, view.tokens[j].kind == .word, !view.tokens[j].isCapitalized, !Self.beForms.contains(view.folded[j]),
                !Self.auxiliaries.contains(view.folded[j]), !view.folded[j].hasSuffix("ly"), !["and", "or", "by"].contains(view.folded[j]),
                !(max(0, j - 2)..<j).contains(where: { view.mention(at: $0)?.type == .weaponSystem })
            {
                break
            }
            // `..., and it is used by Japan`: a subject pronoun starts the verb's own clause;
            // `drones to counter unmanned aircraft used by X`: so does an infinitive.
            let infinitive = view.folded[j] == "to" && j + 1 < view.count && !["be", "have"].contains(view.folded[j + 1])
            if view.tokens[j].kind == .word, ["it", "they", "he", "she", "we"].contains(view.folded[j]) || infinitive { break }
            j -= 1
        }
        return list
    }

    /// The last named weapon before token `j` in this sentence, or in the previous ones (`used them`).
    func lastNamedWeapon(before j: Int) -> Mention? {
        view.mentions.last { $0.tokens.upperBound <= j && $0.type == .weaponSystem && $0.role == .name } ?? discourse.lastWeapon
    }

    /// The actor right before a weapon (`PLA warships`, `Taiwan's F-16s`, `People's Liberation Army (PLA) aircraft`).
    func owner(of weapon: Mention) -> Mention? {
        var j = weapon.tokens.lowerBound - 1
        while j >= 0, view.tokens[j].kind == .possessive || view.tokens[j].text == ")" { j -= 1 }
        guard j >= weapon.tokens.lowerBound - 2, let owner = view.mention(at: j), owner.type == .actor, owner.role != .generic else { return nil }
        return owner
    }

    // MARK: voice

    /// Whether the trigger at `t` is passive: a form of `be` before it, or a participle followed by `by`.
    func isPassive(_ t: Int) -> Bool {
        // `has been operating` is progressive: only a participle can be passive.
        guard view.folded[t].hasSuffix("ed") || view.folded[t].hasSuffix("en") || Self.irregularParticiples.contains(view.folded[t]) else { return false }
        var j = t - 1
        while j >= 0, j >= t - 3 {
            let word = view.folded[j]
            if Self.beForms.contains(word) { return true }
            // Only adverbs stand between `be` and its participle (`were reportedly delivered`).
            guard word.hasSuffix("ly") || ["not", "also", "already", "then", "now", "still", "all"].contains(word) else { break }
            j -= 1
        }
        let word = view.folded[t]
        let participle = word.hasSuffix("ed") || Self.irregularParticiples.contains(word)
        // Without `be`, a participle is passive only when `by` follows at once (`launched by Russia`).
        guard participle, t + 1 < view.count, view.folded[t + 1] == "by", !agents(after: t).isEmpty else { return false }
        if t > 0, let before = view.mention(at: t - 1), before.type == .actor { return false }
        return !(t > 0 && Self.pronouns.contains(view.folded[t - 1]))
    }

    /// The agents after `by` (`delivered to Ukraine by Germany and the Netherlands`), dropping national modifiers of a name.
    func agents(after t: Int) -> [Mention] {
        var j = t + 1
        while j < view.count, !view.isBoundary(j), view.folded[j] != "by" {
            // `provided … TB2s purchased by Kosovo`: the `by` of a later verb is that verb's, unless the two are coordinated.
            if isTrigger(j), !["and", "or", ","].contains(view.folded[j - 1]) { return [] }
            j += 1
        }
        guard j < view.count, view.folded[j] == "by" else { return [] }
        var list: [Mention] = []
        var k = j + 1
        while k < view.count, !view.isBoundary(k), !(Self.prepositions.contains(view.folded[k]) && k > j + 1 && view.folded[k] != "of") {
            if let mention = view.mention(at: k), mention.type == .actor {
                // `by Haftar's Libyan National Army`: the possessor is not the agent.
                let possessor = mention.tokens.upperBound < view.count && view.tokens[mention.tokens.upperBound].kind == .possessive
                    && view.hasMention(at: mention.tokens.upperBound + 1)
                if !possessor { list.append(mention) }
                k = mention.tokens.upperBound
                continue
            }
            k += 1
        }
        if list.count > 1, list.contains(where: { $0.role != .demonym }) { list.removeAll { $0.role == .demonym && $0.kind == "Country" } }
        return list
    }

    // MARK: facts

    mutating func add(_ subject: Mention, _ relation: Relation, _ object: Mention, at t: Int) {
        guard subject.entity != object.entity, !subject.entity.isEmpty, !object.entity.isEmpty else { return }
        // Persons are not armed, and no body is part of one, and no weapon made by one.
        let person = { (m: Mention) in m.kind == "Person" }
        if [.arms, .partOf, .madeBy].contains(relation) && person(object) { return }
        // A country lies in no smaller place (`Armenian positions located in the direction of Sotk`).
        if relation == .locatedIn, subject.isCountry, !object.isCountry { return }
        // A country's own body attacks no one of that country (`Iraqi security forces … Iraq`).
        if [.attacks, .kills].contains(relation), object.isCountry, subject.attributes.contains(where: { $0.key == "country" && $0.value == object.canonical }),
            subject.kind == "Organization"
        {
            return
        }
        // A sea is where an attack falls, not what it attacks (`fired missiles into the Sea of Japan`).
        if relation == .attacks, object.type == .place, object.kind == "Sea" { return }
        // A country's own armed service is in the country without saying (`Iran's Islamic Revolutionary Guard Corps`).
        if relation == .locatedIn, object.isCountry, Self.isArmedBody(subject),
            subject.attributes.contains(where: { $0.key == "country" && $0.value == object.canonical })
        {
            return
        }
        // Nor does a country attack its own service (`Tajik officials accused the Kyrgyz side of shelling Tajik border guards`).
        if [.attacks, .kills].contains(relation), subject.isCountry, object.kind == "Organization", object.canonical.hasPrefix(subject.canonical + " "),
            object.attributes.contains(where: { $0.key == "country" && $0.value == subject.canonical })
        {
            return
        }
        // Pronouns resolve to mentions of earlier sentences: their tokens are not this sentence's.
        let here = [subject, object].filter { $0.sentence == view.index }
        let lower = min(t, here.map(\.tokens.lowerBound).min() ?? t)
        let upper = max(lower, min(view.count, max(t + 1, here.map(\.tokens.upperBound).max() ?? t + 1)))
        let fact = Fact(subject: subject.entity, relation: relation, object: object.entity, sentence: view.index, range: view.scalars(lower..<upper))
        // Persons sign deals for their country (see ``PersonDeals``).
        if [.supplies, .acquires, .arms].contains(relation) && person(subject) {
            personDeals.append(fact)
        } else {
            facts.append(fact)
        }
    }
}

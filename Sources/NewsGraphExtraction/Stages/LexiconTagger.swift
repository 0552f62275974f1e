import NewsGraphCore
import NewsGraphText

/// Finds the lexicon's names, titles and category words in each sentence,
/// longest match first, and the entity inside compound modifiers such as
/// `Israeli-made` or `Iran-backed`.
///
/// Needs: ``ChromeFilter``. Adds: mentions with source `.lexicon`.
struct LexiconTagger: ExtractionStage {
    let lexicon: Lexicon

    func run(_ document: inout AnnotatedDocument) {
        var confirmed: Set<String> = []
        var unconfirmed: [Mention] = []
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            tag(sentence, in: &document, confirmed: &confirmed, unconfirmed: &unconfirmed)
        }
        // `18 Caesar units` before `the Caesar guns`: a weapon word anywhere in the article confirms the name;
        // so does, for a plural (`the Patriots`, `five Bradleys`), an article that names two weapons or more.
        for mention in unconfirmed where confirmed.contains(mention.canonical) || (confirmed.count >= 2 && mention.text.hasSuffix("s")) {
            document.add(mention)
        }
    }

    private func tag(_ sentence: Sentence, in document: inout AnnotatedDocument, confirmed: inout Set<String>, unconfirmed: inout [Mention]) {
        let tokens = sentence.tokens
        let folded = document.folded[sentence.index]
        var i = ChromeFilter.datelineEnd(tokens)
        while i < tokens.count {
            if tokens[i].kind == .word, let match = lexicon.longestMatch(tokens, folded: folded, from: i),
                let chosen = choose(match.entries, locative: isLocative(i, length: match.length, tokens, folded))
            {
                if chosen.entry.type == .weaponSystem, chosen.entry.role == .name, match.length == 1, Self.isOrdinaryWord(tokens[i].text) {
                    // `Patriot`, `Abrams`, `Khan`: an ordinary word or surname names a weapon only beside a weapon word.
                    let nearWeaponWord = hasWeaponWord(near: i, folded, tokens, listedAfter: document.mention(at: i - 2, in: sentence.index))
                    // Once confirmed, still not after a first name or before a speech verb (`Haluk Bayraktar`, `Bayraktar said`).
                    let surname = isInsideName(i, tokens, folded, document, sentence.index)
                        || (i + 1 < tokens.count && SpeechWords.verbs.contains(folded[i + 1]))
                    guard nearWeaponWord || (confirmed.contains(chosen.entry.canonical) && !surname) else {
                        // Only after a number or determiner: `Haluk Bayraktar`, `Bayraktar said` name a person.
                        if i > 0, tokens[i - 1].kind == .number || Self.countedBefore.contains(folded[i - 1]),
                            i + 1 == tokens.count || !tokens[i + 1].isCapitalized
                        {
                            unconfirmed.append(mention(chosen.entry, index: chosen.index, sentence: sentence.index, tokens: i..<i + 1, document))
                        }
                        i += 1
                        continue
                    }
                    confirmed.insert(chosen.entry.canonical)
                } else if chosen.entry.type == .weaponSystem, chosen.entry.role == .name {
                    // `Patriot air defense system` confirms a later `the Patriots`.
                    confirmed.insert(chosen.entry.canonical)
                }
                if chosen.entry.type == .weaponSystem, match.length == 1, Self.combatantWords.contains(folded[i]),
                    namesCombatants(before: i, tokens, folded, document, sentence.index)
                    || (i > 0 && folded[i - 1] == "suicide" && ["bomber", "bombers"].contains(folded[i]))
                {
                    // `ISWAP fighters`, `11 fighters`, `suicide bombers`: people, not aircraft.
                    i += 1
                    continue
                }
                // `the Royal Saudi Air Defense Force`, `the Ukrainian Air Defense Forces`: a weapon word in capitals before a body's
                // capitalized head word is part of the body's name.
                let end = i + match.length
                if chosen.entry.type == .weaponSystem, chosen.entry.role == .generic, tokens[i].isCapitalized, end < tokens.count,
                    tokens[end].isCapitalized, Self.serviceHeads.contains(folded[end])
                {
                    i = end
                    continue
                }
                if chosen.entry.type == .place, chosen.entry.role == .name, match.length == 1, isInsideName(i, tokens, folded, document, sentence.index) {
                    // `Yasukazu Hamada`, `Super Tucano`: a one-word town after a capitalized word is part of a longer name.
                    i += 1
                    continue
                }
                // `US$6.5 billion`, `A$200 million`: a country's letters against a currency sign name the currency.
                let after = i + match.length
                if after < tokens.count, tokens[after].text == "$", tokens[after].range.lowerBound == tokens[after - 1].range.upperBound {
                    i = after
                    continue
                }
                if chosen.entry.role != .head {
                    document.add(mention(chosen.entry, index: chosen.index, sentence: sentence.index, tokens: i..<i + match.length, document))
                }
                i += match.length
                continue
            }
            if tokens[i].kind == .word, let modifier = compoundModifier(tokens[i], sentence: sentence.index, token: i, document) {
                document.add(modifier)
            }
            i += 1
        }
    }

    /// Whether the word before token `i` is a capitalized word no lexicon entry took, such as an unknown first name.
    private func isInsideName(_ i: Int, _ tokens: [Token], _ folded: [String], _ document: AnnotatedDocument, _ sentence: Int) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, document.mention(at: i - 1, in: sentence) == nil else { return false }
        let before = folded[i - 1]
        return !NameShape.notNames.contains(before) && !CompassPlaceJoiner.compassWords.contains(tokens[i - 1].text)
            && lexicon.head(before) == nil
    }

    /// Head words of an armed service's name that a weapon word may stand before (`Air Defense Force`, `Missile Troops`).
    static let serviceHeads: Set<String> = ["force", "forces", "command", "corps", "troops", "brigade", "regiment", "division", "battalion"]

    /// Words before a weapon name that count or determine it (`the Caesar`, `more Patriots`).
    static let countedBefore: Set<String> = ["the", "its", "their", "more", "new", "additional", "of", "with"]

    /// Words for aircraft that also mean people who fight.
    static let combatantWords: Set<String> = ["fighters", "fighter"]
    /// Words before `fighters` that make them people.
    static let combatantModifiers: Set<String> = [
        "militant", "rebel", "islamist", "jihadist", "foreign", "armed", "opposition", "resistance", "tribal", "insurgent",
        "enemy", "suspected", "local", "allied", "kurdish", "its", "their", "his", "of", "group", "militia",
    ]

    /// Whether the word before `fighters` at `i` makes them people: a number,
    /// a word of ``combatantModifiers``, or the name of a body other than a
    /// state (`ISWAP fighters`, `Hamas fighters`), its acronym in parentheses between.
    private func namesCombatants(before i: Int, _ tokens: [Token], _ folded: [String], _ document: AnnotatedDocument, _ sentence: Int) -> Bool {
        // `Fighters of the Allied Democratic Forces staged raids`: fighters of a body named after them.
        if i + 2 < folded.count, folded[i + 1] == "of", i == 0 || ["the", "a", ","].contains(folded[i - 1]) || tokens[i - 1].kind == .number,
            tokens[folded[i + 2] == "the" && i + 3 < folded.count ? i + 3 : i + 2].isCapitalized
        {
            return true
        }
        guard i > 0 else { return false }
        if tokens[i - 1].kind == .number || Self.combatantModifiers.contains(folded[i - 1]) { return true }
        // `Islamic State West Africa Province (ISWAP) fighters`: the name before the acronym in parentheses, or the name
        // in them (`Fitna Al Khwarij (Tehreek-e-Taliban Pakistan) fighters`).
        var j = i - 1
        if folded[j] == ")", j >= 3, folded[j - 2] == "(" {
            j -= document.mention(at: j - 1, in: sentence) == nil ? 3 : 1
        } else if folded[j] == ")", let inside = document.mention(at: j - 1, in: sentence), inside.type == .actor, inside.tokens.lowerBound >= 1,
            folded[inside.tokens.lowerBound - 1] == "("
        {
            j -= 1
        }
        guard let owner = document.mention(at: j, in: sentence), owner.type == .actor else { return false }
        return owner.kind == "Organization" || owner.kind == "Group"
    }

    /// A capitalized word of letters only (`Patriot`), as opposed to a designator (`HIMARS`, `Kh-101`).
    static func isOrdinaryWord(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, first.properties.isUppercase else { return false }
        return scalars.dropFirst().allSatisfy { $0.properties.isLowercase }
    }

    /// Whether a weapon category or head word stands right after token `i` or right before it.
    /// `previous` is the mention two tokens before, if any: a weapon named there starts a list with this word.
    private func hasWeaponWord(near i: Int, _ folded: [String], _ tokens: [Token], listedAfter previous: Mention?) -> Bool {
        // `HIMARS, Javelin and AT-4`: a list with a weapon name in it; `F-16s, Leopards, Bradleys`: one named before in the list.
        if i >= 2, [",", "and", "or"].contains(folded[i - 1]), let previous, previous.type == .weaponSystem, previous.role == .name,
            previous.tokens.upperBound == i - 1
        {
            return true
        }
        for j in [i + 2, i - 2] where j >= 0 && j < folded.count && [",", "and", "or"].contains(folded[(i + j) / 2]) {
            if let match = lexicon.longestMatch(tokens, folded: folded, from: j),
                match.entries.contains(where: { lexicon.entry($0).type == .weaponSystem && lexicon.entry($0).role == .name }),
                !Self.isOrdinaryWord(tokens[j].text)
            {
                return true
            }
        }
        for j in [i + 1, i - 1] where j >= 0 && j < folded.count {
            if let head = lexicon.head(folded[j]), head.type == .weaponSystem { return true }
            if let match = lexicon.longestMatch(tokens, folded: folded, from: j),
                match.entries.contains(where: { lexicon.entry($0).type == .weaponSystem && lexicon.entry($0).role == .generic })
            {
                return true
            }
        }
        return false
    }

    /// Whether the words at `i` name where something is: after `in`, `at` or `near`, and with no possessive after
    /// them (`in Moscow's war` is the state's).
    private func isLocative(_ i: Int, length: Int, _ tokens: [Token], _ folded: [String]) -> Bool {
        i > 0 && ["in", "at", "near"].contains(folded[i - 1]) && (i + length >= tokens.count || tokens[i + length].kind != .possessive)
    }

    /// The entry to use when a surface stands for several: names of actors and
    /// weapons, then demonyms and capitals (a capital may yet become its city,
    /// see ``CapitalResolver``), then places, categories and cue words; where
    /// the words say where (`talks in Brussels`), a capital and then a place's
    /// name come first (not the European Commission).
    private func choose(_ indices: [Int], locative: Bool = false) -> (entry: LexiconEntry, index: Int)? {
        func rank(_ entry: LexiconEntry) -> Int {
            switch entry.role {
            case .ignore: return 0
            case .capital where locative: return 1  // (`arrived in Washington`: the capital's city, not the state of Washington)
            case .name where locative && entry.type == .place: return 2
            case .name: return entry.type == .place ? 8 : entry.type == .actor ? 2 : 4
            case .demonym: return 6
            case .capital: return 6
            case .generic: return 10
            case .title, .honorific: return 12
            case .head: return 14
            }
        }
        return indices.map { (entry: lexicon.entry($0), index: $0) }.min { rank($0.entry) < rank($1.entry) }
    }

    private func mention(_ entry: LexiconEntry, index: Int, sentence: Int, tokens: Range<Int>, _ document: AnnotatedDocument) -> Mention {
        Mention(
            sentence: sentence, tokens: tokens, range: document.scalars(sentence, tokens), text: document.text(sentence, tokens),
            type: entry.type, kind: entry.kind, role: entry.role, source: .lexicon(index), canonical: entry.canonical,
            attributes: entry.attributes)
    }

    /// The entity before the hyphen of `Israeli-made`, `Iran-backed`, `US-led`; the place of `Kyiv-based`.
    private func compoundModifier(_ token: Token, sentence: Int, token index: Int, _ document: AnnotatedDocument) -> Mention? {
        let text = token.text
        // The Character `-` is the one scalar U+002D: without that byte there is no dash.
        guard text.utf8.contains(UInt8(ascii: "-")), let dash = text.lastIndex(of: "-") else { return nil }
        let suffix = LexiconKey.fold(String(text[text.index(after: dash)...]))
        guard let rule = CompoundModifier.relations[suffix] else { return nil }
        let head = String(text[..<dash])
        let located = rule.relation == .locatedIn
        guard let entryIndex = lexicon.indices(for: head).first(where: {
            let entry = lexicon.entry($0)
            return (entry.type == .actor || located && entry.type == .place) && [.name, .demonym, .capital].contains(entry.role)
        })
        else { return nil }
        let entry = lexicon.entry(entryIndex)
        let start = token.range.lowerBound
        // A capital where a body is based is the city (``CapitalResolver``).
        let role: LexiconEntry.Role = located && entry.role != .demonym ? entry.role : .demonym
        return Mention(
            sentence: sentence, tokens: index..<index + 1, range: start..<start + head.unicodeScalars.count, text: head,
            type: entry.type, kind: entry.kind, role: role, source: .lexicon(entryIndex), canonical: entry.canonical,
            attributes: entry.attributes)
    }
}

import NewsGraphCore
import NewsGraphText

/// Lets organization names run to their natural end instead of stopping at
/// a lexicon word inside them:
/// - a national adjective or a country's name before a proper name (`Libyan
///   National Army`, `Royal Saudi Air Defense Force`, `Kosovo Security Force`) joins it,
///   and so does a place's name before a name no lexicon knows (`Odesa Regional
///   Military Administration`);
/// - `of`, `for`, `in`, `to` and the capitalized words after an organization
///   (`Federal Service for Military-Technical Cooperation`, `al-Qaeda in the
///   Islamic Maghreb`, `Government of National Accord`, `U.N. mission to
///   Libya`) join it;
/// - a capitalized word that is no title or place word before `of` and a
///   country (`Times of India`) names an organization;
/// - a leader's name before `administration` or `government`, and a people's
///   adjective before `presidency`, name a body of their own;
/// - a number before capitalized words that end in a unit's word (`1st
///   Infantry Division`, `72nd Brigade`, `404 Force Protection Group`) is
///   part of the unit's name.
/// The joined name keeps its words exactly as written.
///
/// Needs: ``NameFinder``, ``BodyFinder``. Replaces mentions.
struct OrganizationNameJoiner: ExtractionStage {
    let lexicon: Lexicon

    static let connectors: Set<String> = ["of", "for", "in", "to", "on"]
    /// Lower-case words that may stand inside a name between capitalized ones.
    static let inner: Set<String> = ["of", "and", "the", "for", "al", "de", "du", "la", "el", "wal", "in"]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            var position = 0
            while position < document.mentions[sentence].count {
                let mention = document.mentions[sentence][position]
                if mention.type == .actor, mention.kind == "Organization" || mention.kind == "Unknown", mention.isEntity,
                    let joined = joined(mention, document)
                {
                    document.replace(with: joined)
                    position = document.mentions[sentence].firstIndex { $0.tokens == joined.tokens }.map { $0 + 1 } ?? position + 1
                } else {
                    position += 1
                }
            }
            numberedUnits(sentence, &document)
            newspapers(sentence, &document)
            languageServices(sentence, &document)
            leaderBodies(sentence, &document)
            coalitions(sentence, &document)
            backedGroups(sentence, &document)
        }
    }

    /// Nouns for armed groups that a backer's compound may name (`Iran-backed militias`).
    static let groupNouns: Set<String> = [
        "militia", "militias", "rebels", "separatists", "fighters", "group", "groups", "proxies", "paramilitaries", "insurgents", "gunmen", "militants",
    ]

    /// `Iran-backed militias`, `Russian-backed separatists`: an unnamed armed group named by its backer is a body
    /// of its own. Its mention covers the noun only, with the whole phrase as its name, so that the backer's
    /// own mention stays for ``ModifierRules`` to read the backing.
    private func backedGroups(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for modifier in document.mentions[sentence] where modifier.isPartOfWord(tokens) {
            let word = folded[modifier.tokens.lowerBound]
            let noun = modifier.tokens.upperBound
            guard let dash = word.lastIndex(of: "-"), CompoundModifier.relations[String(word[word.index(after: dash)...])]?.relation == .supports,
                noun < tokens.count, Self.groupNouns.contains(folded[noun]), document.mention(at: noun, in: sentence) == nil,
                // (`the Iran-backed group` refers to a group named before; `militia targets` are targets.)
                modifier.tokens.lowerBound == 0 || folded[modifier.tokens.lowerBound - 1] != "the", endsNounPhrase(after: noun, tokens, folded)
            else { continue }
            let text = document.text(sentence, modifier.tokens.lowerBound..<(noun + 1))
            // One group however its backer is written (`Iran-backed`, `Iranian-aligned militias`).
            let plural = folded[noun].hasSuffix("s") ? folded[noun] : folded[noun] + "s"
            document.add(Mention(
                sentence: sentence, tokens: noun..<(noun + 1), range: document.scalars(sentence, modifier.tokens.lowerBound..<(noun + 1)), text: text,
                type: .actor, kind: "Organization", role: .name, source: .pattern, canonical: modifier.canonical + "-backed " + plural))
        }
    }

    /// `the Saudi-led coalition`, `the U.S.-led coalition`, `the government coalition`: a coalition named
    /// by who leads it is a body of its own, named with its leader's word.
    private func coalitions(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for i in tokens.indices.dropFirst() where folded[i] == "coalition" {
            var start = i - 1
            if folded[start] == "led", start >= 2, folded[start - 1] == "-" {
                start -= 2
            } else if folded[start] == "-led", start >= 1 {
                start -= 1
            } else if !(folded[start].hasSuffix("-led") || folded[start] == "government") {
                continue
            }
            guard tokens[start].kind == .word || tokens[start].kind == .number || folded[start].hasSuffix("-led") else { continue }
            let range = start..<(i + 1)
            document.replace(with: document.name(sentence, range, .actor, "Organization"))
        }
    }

    /// Whether the noun at `i` ends its phrase: the sentence, a punctuation mark, a preposition, a conjunction or a verb follows.
    private func endsNounPhrase(after i: Int, _ tokens: [Token], _ folded: [String]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word else { return true }
        let next = folded[i + 1]
        // (A verb's -s form may be a noun: `militia targets`.)
        return Self.phraseEnders.contains(next) || (VerbTable.forms[next] != nil && !next.hasSuffix("s")) || next.hasSuffix("ed")
    }

    static let phraseEnders: Set<String> = [
        "in", "on", "at", "from", "near", "across", "inside", "and", "or", "have", "has", "had", "were", "are", "is", "was", "who", "that",
        "which", "also", "say", "said", "says", "claimed", "will", "would",
    ]

    /// Bodies named after their leader or people: `the Biden administration`,
    /// `Milei's government`, `the Burkinabe presidency`. Each is an
    /// organization of its own, not the person or the country.
    private func leaderBodies(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for mention in document.mentions[sentence] {
            let person = mention.type == .actor && (mention.kind == "Person" || mention.kind == "Unknown") && mention.role == .name
            guard person || mention.role == .demonym else { continue }
            var end = mention.tokens.upperBound
            if person, end < tokens.count, tokens[end].kind == .possessive { end += 1 }
            guard end < tokens.count, document.mention(at: end, in: sentence) == nil,
                (person ? ["administration", "government"] : ["presidency"]).contains(folded[end])
            else { continue }
            let range = mention.tokens.lowerBound..<(end + 1)
            document.replace(with: document.name(sentence, range, .actor, "Organization"))
        }
    }

    /// The mention grown to the left over a national adjective and to the right over `of`/`for`/`in` phrases.
    private func joined(_ mention: Mention, _ document: AnnotatedDocument) -> Mention? {
        let tokens = document.tokens(mention.sentence)
        let folded = document.folded[mention.sentence]
        var range = mention.tokens
        let properName = tokens[range].allSatisfy { $0.isCapitalized || Self.inner.contains(LexiconKey.fold($0.text)) || $0.kind != .word }
        // `US Embassy`: an organization word alone is a body once a country stands before it.
        let isBody = mention.kind == "Organization" || (range.count == 1 && lexicon.head(folded[range.lowerBound])?.type == .actor)
        if properName, isBody, range.lowerBound > 0, let before = document.mention(at: range.lowerBound - 1, in: mention.sentence),
            before.tokens.upperBound == range.lowerBound,
            before.role == .demonym || (before.role == .name && (before.isCountry || (before.type == .place && mention.source == .pattern))),
            tokens[before.tokens.lowerBound].isCapitalized,
            before.range.upperBound == tokens[before.tokens.upperBound - 1].range.upperBound
        {
            range = before.tokens.lowerBound..<range.upperBound
            // `Royal Saudi Air Defense Force`.
            if range.lowerBound > 0, tokens[range.lowerBound - 1].text == "Royal" { range = (range.lowerBound - 1)..<range.upperBound }
        }
        // `the General Staff`: a one-word title before a body's head word is the first word of its name.
        if range == mention.tokens, range.lowerBound > 0, let title = document.mention(at: range.lowerBound - 1, in: mention.sentence),
            title.role == .title, title.tokens.count == 1, tokens[title.tokens.lowerBound].isCapitalized,
            lexicon.head(folded[range.lowerBound])?.type == .actor
        {
            range = title.tokens.lowerBound..<range.upperBound
        }
        let leftOnly = range.upperBound == mention.tokens.upperBound
        var end = range.upperBound
        // `Ministry of Culture and Information`, `Bureau of Fisheries and Aquatic Resources`.
        if end + 1 < tokens.count, folded[end] == "and", folded[range].contains("of"), let first = folded[range].first,
            let head = lexicon.head(first), head.type == .actor
        {
            var last = end + 1
            if let unknown = document.mention(at: last, in: mention.sentence), unknown.kind == "Unknown", unknown.tokens.lowerBound == last,
                unknown.tokens.count <= 3
            {
                last = unknown.tokens.upperBound
            }
            while last < min(tokens.count, end + 4), tokens[last].isCapitalized, tokens[last].kind == .word,
                document.mention(at: last, in: mention.sentence) == nil
            {
                last += 1
            }
            if last > end + 1 { end = last }
        }
        // `the U.N. mission to Libya`, `the United Nations mission in the country (MONUSCO)`: a body's mission is a body of its own.
        var office = isOfficeName(mention)
        if mention.kind == "Organization", end + 1 < tokens.count, folded[end] == "mission", document.mention(at: end, in: mention.sentence) == nil,
            ["to", "in", "("].contains(folded[end + 1])
        {
            end += 1
            office = true
        }
        if end + 1 < tokens.count, Self.connectors.contains(folded[end]) {
            var next = end + 1
            if next < tokens.count, folded[next] == "the" { next += 1 }
            var last = next
            while last < tokens.count, tokens[last].kind == .word,
                tokens[last].isCapitalized || (Self.inner.contains(folded[last]) && last + 1 < tokens.count && tokens[last + 1].isCapitalized)
            {
                if let other = document.mention(at: last, in: mention.sentence), !canJoin(other, connector: folded[end]) { break }
                if NameShape.notNames.contains(folded[last]), !Self.inner.contains(folded[last]) { break }
                last += 1
            }
            // `of the Korean People's Army`: a name that the words stopped inside is joined whole, or not at all.
            if last > next, let cut = document.mention(at: last - 1, in: mention.sentence), cut.tokens.upperBound > last {
                last = canJoin(cut, connector: folded[end]) ? cut.tokens.upperBound : cut.tokens.lowerBound
            }
            // `the Russian Defence Ministry on Ukrainian losses`: a people's adjective ends no name.
            while last > next, let adjective = document.mention(at: last - 1, in: mention.sentence), adjective.role == .demonym {
                last = adjective.tokens.lowerBound
            }
            // `an attack by Hamas on Israel`: `on` before a place's or country's name alone says where or whom, not what a body is.
            let onPlace = folded[end] == "on" && document.mention(at: next, in: mention.sentence).map { tail in
                (tail.type == .place || tail.isCountry) && tail.tokens.upperBound == last
            } == true
            // `in` names only offices (`the US Embassy in Buenos Aires`); elsewhere it locates (`Um Al-Qura in Al-Jazira`).
            if last > next, folded[end] != "in" || office,
                folded[end] != "to" || office, !onPlace
            {
                end = last
            }
        }
        range = range.lowerBound..<end
        guard range != mention.tokens else { return nil }
        var grown = document.mention(mention, spanning: range)
        grown.canonical = grown.text
        grown.kind = "Organization"
        grown.source = .pattern
        grown.role = .name
        // The name without the adjective is the same body; without its `of` phrase it may be another.
        grown.extraAliases = leftOnly && end == mention.tokens.upperBound ? [mention.text] : []
        return grown
    }

    /// Whether a mention inside the words after the connector may become part of the name.
    private func canJoin(_ other: Mention, connector: String) -> Bool {
        other.type == .place || other.isCountry || other.role == .demonym || other.kind == "Unknown"
            || (other.type == .actor && other.kind == "Organization" && connector != "to")
    }

    /// `mission to`, `embassy in`, `consulate in`: offices named after where they are.
    private func isOfficeName(_ mention: Mention) -> Bool {
        let last = LexiconKey.fold(mention.text.split(separator: " ").last.map(String.init) ?? "")
        return ["mission", "embassy", "delegation", "consulate"].contains(last)
    }

    /// `The BBC's Russian Service`: a broadcaster's service in a language is a body of its own, named after both
    /// (`BBC Russian Service`).
    private func languageServices(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        for owner in document.mentions[sentence] where owner.type == .actor && owner.kind == "Organization" && owner.isEntity {
            let at = owner.tokens.upperBound
            guard at + 2 < tokens.count, tokens[at].kind == .possessive, let service = document.mention(at: at + 1, in: sentence),
                service.tokens == (at + 1)..<(at + 3), tokens[at + 2].text == "Service", tokens[at + 1].isCapitalized
            else { continue }
            var joined = document.name(sentence, owner.tokens.lowerBound..<service.tokens.upperBound, .actor, "Organization")
            joined.canonical = owner.text + " " + service.text
            joined.extraAliases = [joined.canonical]
            document.replace(with: joined)
        }
    }

    /// Capitalized words that end the name of a military unit.
    static let unitHeads: Set<String> = [
        "brigade", "brigades", "division", "regiment", "battalion", "squadron", "wing", "corps", "fleet", "group", "flotilla", "command",
        "company", "detachment",
    ]

    /// Capitalized words that end the name of a military base.
    static let baseHeads: Set<String> = ["base", "airbase", "airfield"]

    /// `the 1st Infantry Division`, `the 72nd Brigade`, `the NAF 404 Force Protection Group`: an ordinal or a number before
    /// capitalized words that end in a unit's word names the unit, number and all. Names the lexicon knows stay as they
    /// are (`1,000 Wagner Group fighters`).
    private func numberedUnits(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for i in tokens.indices where Self.isUnitNumber(tokens[i]) && document.mention(at: i, in: sentence) == nil {
            var end = i + 1
            while end < tokens.count, end - i <= 5, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            // (`the 23rd Tactical Aircraft Base`: an ordinal before a base's name is part of it too.)
            let base = Self.baseHeads.contains(folded[end - 1]) && !tokens[i].text.allSatisfy { $0.isNumber }
            guard end > i + 1, Self.unitHeads.contains(folded[end - 1]) || base else { continue }
            let inside = document.mentions[sentence].filter { $0.tokens.overlaps(i + 1..<end) }
            guard inside.allSatisfy({ $0.tokens.lowerBound > i && $0.tokens.upperBound <= end && !Self.isKnownName($0) }) else { continue }
            document.replace(with: base ? document.name(sentence, i..<end, .place, "Facility") : document.name(sentence, i..<end, .actor, "Organization"))
        }
    }

    private static func isKnownName(_ mention: Mention) -> Bool {
        guard case .lexicon = mention.source else { return false }
        return mention.role == .name
    }

    /// `1st`, `72nd`, `404`: a unit's number (a plain number of at most three digits, which no year is).
    private static func isUnitNumber(_ token: Token) -> Bool {
        let text = token.text
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        let suffix = String(text.dropFirst(digits.count))
        return ["st", "nd", "rd", "th"].contains(suffix) || (suffix.isEmpty && digits.count <= 3)
    }

    /// `Times of India`: a capitalized non-title word, `of`, and a country.
    private func newspapers(_ sentence: Int, _ document: inout AnnotatedDocument) {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        for i in 1..<max(1, tokens.count - 1) where folded[i] == "of" {
            guard let country = document.mention(at: i + 1, in: sentence), country.isCountry, country.role == .name,
                country.tokens.lowerBound == i + 1, tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word,
                document.mention(at: i - 1, in: sentence) == nil, !NameShape.notNames.contains(folded[i - 1]),
                let head = lexicon.head(folded[i - 1]), head.type == .actor
            else { continue }
            let range = (i - 1)..<country.tokens.upperBound
            document.replace(with: document.name(sentence, range, .actor, "Organization"))
        }
    }
}

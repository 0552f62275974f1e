import NewsGraphCore
import NewsGraphText

/// Finds names no lexicon knows and types them by their context: a title
/// before a name makes a person; a head word (`Ministry`, `Command`, `Valley`)
/// an organization or place; a designator (`F-16`, `Type 45`) or a ship
/// prefix (`USS`) a weapon system; `in`/`near`/`city of` a place. Other
/// capitalized sequences are kept as `Unknown`, for coreference to link to a
/// known person (`Pistorius`) or to drop.
///
/// Needs: ``LexiconTagger``. Adds: mentions with source `.pattern`.
struct NameFinder: ExtractionStage {
    let lexicon: Lexicon

    static let shipPrefixes: Set<String> = [
        "USS", "HMS", "INS", "HMCS", "HMAS", "MV", "FS", "JS", "ROKS", "RFS", "TCG", "HNLMS", "SS", "M/V", "BRP", "KRI", "HTMS", "PNS", "ARA",
        "HMNZS", "ICGS", "USNS", "USCGC", "NRP", "ITS", "SPS", "HDMS", "HNoMS", "HSwMS", "ORP", "BNS",
    ]
    static let locatives: Set<String> = ["in", "near", "across", "outside", "around", "at", "into", "toward", "towards", "from"]
    /// Verbs whose object is a place taken or shelled, not a party (`shelled Stepanakert`, `captured Pobeda`).
    static let takingVerbs: Set<String> = [
        "shelled", "shelling", "captured", "capturing", "seized", "seizing", "besieged", "overran", "occupied", "entered",
        "liberated", "encircled", "retook", "recaptured", "bombarded", "bombed", "bombing",
    ]
    /// Nouns of taking or striking a place, before `of` and its name (`the capture of Um Al-Qura`).
    static let takingNouns: Set<String> = [
        "control", "capture", "recapture", "seizure", "fall", "liberation", "siege", "encirclement", "shelling", "bombardment", "bombing",
    ]
    /// Weapon words that name other things too, after which a name is no weapon's.
    static let sharedWeaponWords: Set<String> = ["carrier", "system", "vehicle", "platform", "plane", "aircraft", "jet", "craft", "vessel", "ship", "boat"]

    /// Nouns for a company, after which a name is the company's (`shipping company Star Bulk`).
    static let companyNouns: Set<String> = ["company", "firm", "contractor", "manufacturer", "maker", "shipowner", "operator", "conglomerate", "giant"]
    static let placeNouns: [String: String] = [
        "city": "City", "town": "City", "village": "City", "municipality": "City", "port": "City", "capital": "City", "region": "Region",
        "province": "Region", "district": "Region", "state": "Region", "island": "Region", "area": "Region",
    ]

    /// Nouns for what lies around or toward a place, before `of` and its name (`the outskirts of`, `north of`).
    static let surroundingNouns: Set<String> = [
        "direction", "outskirts", "vicinity", "suburbs", "suburb", "environs", "edge", "centre", "center",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]

    /// Words after a region's name that are part of its full name only (`North Kivu province`).
    static let regionWords: Set<String> = ["province", "region", "governorate", "oblast", "area"]

    /// Place nouns a name may stand in apposition to (`the capital Stepanakert`); not `state` or `area` (`state media`).
    static let appositionPlaceNouns: Set<String> = ["capital", "city", "town", "village", "municipality", "port", "province", "district"]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            findPersonsAfterTitles(sentence, &document)
            findNames(sentence, &document)
            joinNicknames(sentence, &document)
        }
    }

    /// `President Ferdinand ''Bongbong'' Marcos Jr.`, `Mohamed Hamdan "Hemedti" Dagalo`: a nickname in quotes
    /// between the parts of a person's name leaves one person, named without it (the whole stays an alias).
    private func joinNicknames(_ sentence: Sentence, _ document: inout AnnotatedDocument) {
        let tokens = sentence.tokens
        for first in document.mentions[sentence.index] where first.kind == "Person" {
            var i = first.tokens.upperBound
            let opening = i
            while i < tokens.count, i - opening < 2, tokens[i].kind == .quote { i += 1 }
            let quotes = i - opening
            let nickname = i
            while i < tokens.count, i - nickname < 2, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
            let nicknameEnd = i
            guard quotes > 0, nicknameEnd > nickname, nicknameEnd + quotes < tokens.count,
                (nicknameEnd..<nicknameEnd + quotes).allSatisfy({ tokens[$0].kind == .quote }),
                let last = document.mention(at: nicknameEnd + quotes, in: sentence.index), last.tokens.lowerBound == nicknameEnd + quotes,
                last.kind == "Person" || last.kind == "Unknown" || NameShape.isNameWord(tokens[last.tokens.lowerBound], folded: document.folded[sentence.index][last.tokens.lowerBound])
            else { continue }
            var person = document.mention(first, spanning: first.tokens.lowerBound..<last.tokens.upperBound)
            person.kind = "Person"
            person.type = .actor
            person.canonical = first.text + " " + last.text
            person.extraAliases = [person.canonical]
            document.replace(with: person)
        }
    }

    /// `spokesman John Kirby`, `his Ukrainian counterpart, Rustem Umerov`.
    private func findPersonsAfterTitles(_ sentence: Sentence, _ document: inout AnnotatedDocument) {
        let tokens = sentence.tokens
        for title in document.mentions[sentence.index] where title.role == .title || title.role == .honorific {
            var start = title.tokens.upperBound
            if start < tokens.count, tokens[start].text == ",", title.role == .title { start += 1 }
            // `Minister of State Rubern Vardanyan`: the title's own `of` phrase comes first; the name is the last words.
            var ofPhrase = start < tokens.count && document.folded[sentence.index][start] == "of"
            if ofPhrase { start += 1 }
            // `Minister of Defence of Nigeria Bashir Magashi`: the country the title belongs to comes first.
            if ofPhrase, let country = document.mention(at: start, in: sentence.index), country.isCountry, country.tokens.lowerBound == start {
                start = country.tokens.upperBound
                ofPhrase = false
            }
            start = NameShape.skippingRetiredMark(tokens, document.folded[sentence.index], at: start)
            // `spokeswoman Tasnim Aslam`: a one-word body's name that a name word follows is a first name.
            var first = start
            if !ofPhrase, let body = document.mention(at: start, in: sentence.index), body.tokens == start..<start + 1, body.type == .actor,
                body.kind == "Organization", start + 1 < tokens.count, document.mention(at: start + 1, in: sentence.index) == nil,
                NameShape.isNameWord(tokens[start + 1], folded: document.folded[sentence.index][start + 1])
            {
                first = start + 1
            }
            var end = nameEnd(tokens, from: first, sentence: sentence.index, document)
            guard end > first else { continue }
            // `Colonel Abshir Mohamud Mohamed`: a person found by a first name inside the words is the rest of the name.
            if end < tokens.count, let rest = document.mention(at: end, in: sentence.index), rest.tokens.lowerBound == end, rest.kind == "Person", rest.isEntity {
                end = rest.tokens.upperBound
            }
            if ofPhrase {
                guard end - start >= 3 else { continue }
                start = end - 2
            }
            // `the General Staff of the Korean People's Army`: a body's head word after a title names no person.
            guard end > start, lexicon.head(document.folded[sentence.index][end - 1])?.type != .actor else { continue }
            // `its official Facebook page`: a name before the noun of an outlet's page names the outlet.
            if end < tokens.count, Self.channelNouns.contains(document.folded[sentence.index][end]) { continue }
            document.replace(with: document.name(sentence.index, start..<end, .actor, "Person"))
        }
    }

    /// Nouns of a page or channel that a name before them owns (`Facebook page`, `Telegram channel`).
    static let channelNouns: Set<String> = ["page", "pages", "account", "accounts", "channel", "channels", "website", "feed", "handle"]

    /// `Tactical Aircraft Base`, `Aircraft Repair Plant`: where a name runs on over a capitalized generic weapon word
    /// of one token at `i`, the end of the name, when it ends in a place's or a body's head word (not `Defense`:
    /// `Integrated Air and Missile Defense` is a weapon system); nil otherwise.
    private func endOverWeaponWord(at i: Int, _ tokens: [Token], _ sentence: Int, _ document: AnnotatedDocument) -> Int? {
        guard i + 1 < tokens.count, tokens[i].isCapitalized, let weapon = document.mention(at: i, in: sentence), weapon.role == .generic,
            weapon.type == .weaponSystem, weapon.tokens == i..<i + 1, document.mention(at: i + 1, in: sentence) == nil,
            NameShape.isNameWord(tokens[i + 1], folded: document.folded[sentence][i + 1])
        else { return nil }
        let end = nameEnd(tokens, from: i + 1, sentence: sentence, document)
        let last = document.folded[sentence][end - 1]
        guard end > i + 1, let head = lexicon.head(last), head.type != .weaponSystem, last != "defense", last != "defence" else { return nil }
        return end
    }

    /// The end of a run of up to four name words from `start`, not covered by mentions.
    private func nameEnd(_ tokens: [Token], from start: Int, sentence: Int, _ document: AnnotatedDocument) -> Int {
        var end = start
        let folded = document.folded[sentence]
        while end < tokens.count, end - start < 5, document.mentionPosition(at: end, in: sentence) == nil {
            if NameShape.isNameWord(tokens[end], folded: folded[end]) || (end > start && NameShape.isPrefixedName(tokens[end].text)) {
                end += 1
            } else if end > start, NameShape.particles.contains(tokens[end].text) || tokens[end].text == "of", end + 1 < tokens.count,
                NameShape.isNameWord(tokens[end + 1], folded: folded[end + 1])
            {
                end += 1  // `Alberto van Klaveren`, `Osama bin Laden`
            } else if end > start, let after = placeParticleEnd(tokens, folded, at: end), NameShape.isNameWord(tokens[after], folded: folded[after]) {
                end = after  // `Frankfurt am Main`, `Roetenbach an der Pegnitz`, `Newcastle upon Tyne`
            } else {
                break
            }
        }
        return end
    }

    /// The token after the particles of a place name at `i` (`am`, `an der`, `upon`), if there are any.
    private func placeParticleEnd(_ tokens: [Token], _ folded: [String], at i: Int) -> Int? {
        if ["am", "upon", "sur"].contains(tokens[i].text), i + 1 < tokens.count { return i + 1 }
        if tokens[i].text == "an", i + 2 < tokens.count, tokens[i + 1].text == "der" { return i + 2 }
        return nil
    }

    private func findNames(_ sentence: Sentence, _ document: inout AnnotatedDocument) {
        let tokens = sentence.tokens
        let folded = document.folded[sentence.index]
        var i = ChromeFilter.datelineEnd(tokens)
        let titleCase = Self.isTitleCase(sentence.index, document)
        while i < tokens.count {
            guard document.mentionPosition(at: i, in: sentence.index) == nil, tokens[i].kind == .word else {
                // (`the Aircraft Repair Plant`: a name may open with the weapon word.)
                if let end = endOverWeaponWord(at: i, tokens, sentence.index, document) {
                    document.replace(with: typed(sentence.index, i..<end, document))
                    i = end
                    continue
                }
                i += 1
                continue
            }
            if let mention = designator(sentence.index, at: i, document) ?? ship(sentence.index, at: i, document) {
                document.add(mention)
                i = mention.tokens.upperBound
                continue
            }
            guard NameShape.isNameWord(tokens[i], folded: folded[i]) else {
                i += 1
                continue
            }
            var end = nameEnd(tokens, from: i, sentence: sentence.index, document)
            // (`Tactical Aircraft Base`: the name runs on over a weapon word inside it, which it then replaces.)
            let overWeaponWord = endOverWeaponWord(at: end, tokens, sentence.index, document)
            end = overWeaponWord ?? end
            // `Nyala airport`, `Buthidaung township`: a lower-case place head after the name belongs to it;
            // `North Kivu province` is the region North Kivu by its full name.
            var regionWord = false
            if end < tokens.count, !tokens[end].isCapitalized, document.mentionPosition(at: end, in: sentence.index) == nil,
                let head = lexicon.head(folded[end]), head.type == .place
            {
                regionWord = Self.regionWords.contains(folded[end])
                end += 1
            }
            var name = typed(sentence.index, i..<end, document)
            if regionWord, end - i >= 2 { name.canonical = document.text(sentence.index, i..<end - 1) }
            // `the village of Sanjak Sheikh`: a title that no name follows ends the name of a place.
            if name.type == .place, !regionWord, end < tokens.count, tokens[end].isCapitalized,
                let title = document.mention(at: end, in: sentence.index), title.role == .title || title.role == .honorific,
                title.tokens == end..<end + 1, end + 1 == tokens.count || !tokens[end + 1].isCapitalized
            {
                name = document.mention(name, spanning: i..<end + 1)
                name.canonical = name.text
                document.replace(with: name)
                i = end + 1
                continue
            }
            // In a headline in title case, capitals mark no names: a name that no head word of its own types is left
            // out (`Skirmishes Reported At Tajik-Kyrgyz Border Leave At Least One Dead`).
            if overWeaponWord != nil {
                document.replace(with: name)
            } else if !(titleCase && (name.kind == "Unknown" || lexicon.head(folded[end - 1]) == nil)) {
                document.add(name)
            }
            i = max(end, i + 1)
        }
    }

    /// Whether a line capitalizes its words as a headline does (`Azerbaijan Urges Armenia to Halt Military
    /// Buildup`): of its words of four letters or more that no lexicon knows, four or more and nine in ten
    /// capitalized.
    static func isTitleCase(_ sentence: Int, _ document: AnnotatedDocument) -> Bool {
        let tokens = document.tokens(sentence)
        let long = tokens.indices.filter { tokens[$0].kind == .word && tokens[$0].text.unicodeScalars.count >= 4 && document.mention(at: $0, in: sentence) == nil }
        guard long.count >= 4 else { return false }
        return long.filter { tokens[$0].isCapitalized }.count * 10 >= long.count * 9
    }

    /// `F-16`, `MQ-9`, `Type 45`, and `K2 tanks` (a designator before a weapon word), `Hatf 5 ballistic missile`
    /// (a word and a short number before one).
    private func designator(_ sentence: Int, at i: Int, _ document: AnnotatedDocument) -> Mention? {
        let tokens = document.tokens(sentence)
        if tokens[i].text == "Type", i + 1 < tokens.count, tokens[i + 1].kind == .number {
            return document.name(sentence, i..<i + 2, .weaponSystem, kindAfter(sentence, i + 2, document))
        }
        if i + 2 < tokens.count, NameShape.isNameWord(tokens[i], folded: document.folded[sentence][i]), lexicon.head(document.folded[sentence][i]) == nil,
            tokens[i + 1].kind == .number, tokens[i + 1].text.unicodeScalars.count <= 2,
            let kind = kindAfter(sentence, i + 2, document) ?? (tokens[i + 2].text == "(" ? parentheticalKind(sentence, i + 2, document) : nil)
        {
            return document.name(sentence, i..<i + 2, .weaponSystem, kind)
        }
        guard NameShape.isDesignator(tokens[i].text) else { return nil }
        // `F-16`, `S-400` carry a hyphen; `MI6`, `A380`, `P2P` name weapons only before a weapon word (`K2 tanks`).
        let kind = kindAfter(sentence, i + 1, document)
        guard tokens[i].text.contains("-") || kind != nil else { return nil }
        return document.name(sentence, i..<i + 1, .weaponSystem, kind)
    }

    /// The weapon kind after a short name in parentheses at `open` (`Hatf 5 (Ghauri) ballistic missile`).
    private func parentheticalKind(_ sentence: Int, _ open: Int, _ document: AnnotatedDocument) -> String? {
        let tokens = document.tokens(sentence)
        guard let close = (open + 2..<min(tokens.count, open + 4)).first(where: { tokens[$0].text == ")" }) else { return nil }
        return kindAfter(sentence, close + 1, document)
    }

    /// `USS Laboon`, `MV Aegean Star`.
    private func ship(_ sentence: Int, at i: Int, _ document: AnnotatedDocument) -> Mention? {
        let tokens = document.tokens(sentence)
        guard Self.shipPrefixes.contains(tokens[i].text) else { return nil }
        let end = nameEnd(tokens, from: i + 1, sentence: sentence, document)
        guard end > i + 1 else { return nil }
        return document.name(sentence, i..<end, .weaponSystem, "Ship")
    }

    /// The weapon kind a following category word gives (`K2 tanks` → Vehicle); nil where no weapon word follows
    /// (`the Suwayda 24 network`).
    private func kindAfter(_ sentence: Int, _ i: Int, _ document: AnnotatedDocument) -> String? {
        guard i < document.folded[sentence].count else { return nil }
        if let next = document.mention(at: i, in: sentence), next.tokens.lowerBound == i { return next.type == .weaponSystem ? next.kind : nil }
        guard let head = lexicon.head(document.folded[sentence][i]), head.type == .weaponSystem else { return nil }
        return head.kind
    }

    /// The kind of the weapon word that up to three lower-case words after token `start` lead to, when `acronym`
    /// is all capitals (three letters or more).
    private func weaponKind(after start: Int, acronym: String, _ sentence: Int, _ document: AnnotatedDocument) -> String? {
        guard acronym.unicodeScalars.count >= 3, acronym.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        let tokens = document.tokens(sentence)
        var i = start
        while i < min(tokens.count, start + 4), tokens[i].kind == .word, !tokens[i].isCapitalized {
            if let weapon = document.mention(at: i, in: sentence), weapon.type == .weaponSystem { return weapon.kind }
            if let head = lexicon.head(document.folded[sentence][i]), head.type == .weaponSystem { return head.kind }
            i += 1
        }
        return nil
    }

    /// A capitalized sequence typed by its last word or by the words before it.
    private func typed(_ sentence: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Mention {
        let folded = document.folded[sentence]
        // Organization and place heads end the name (`Eastern Command`, `Neelum Valley`); a weapon head
        // follows it in lower case (`the Arrow system`), as `Global Positioning System` is no weapon.
        if let head = lexicon.head(folded[range.upperBound - 1]), head.type != .weaponSystem, range.count > 1 {
            return document.name(sentence, range, head.type, head.kind)
        }
        // `Bureau of Arms Control`, `Office of Defense Cooperation`: a body's head word before `of` opens its name.
        if range.count >= 3, folded[range.lowerBound + 1] == "of", let head = lexicon.head(folded[range.lowerBound]), head.type == .actor,
            head.kind == "Organization"
        {
            return document.name(sentence, range, .actor, "Organization")
        }
        let tokens = document.tokens(sentence)
        // (`War planes struck ...`: one unknown word that opens the sentence is capitalized for that alone.)
        let opensSentence = range.count == 1 && (range.lowerBound == 0 || tokens[range.lowerBound - 1].kind == .quote || tokens[range.lowerBound - 1].text == ":")
        if range.upperBound < tokens.count, !tokens[range.upperBound].isCapitalized, !opensSentence,
            let head = lexicon.head(folded[range.upperBound]), head.type == .weaponSystem
        {
            return document.name(sentence, range, .weaponSystem, head.kind)
        }
        // `the MSHORAD short-range air defence system`: an acronym before lower-case words that end in a weapon's
        // word names the weapon.
        if range.count == 1, !opensSentence, let kind = weaponKind(after: range.upperBound, acronym: tokens[range.lowerBound].text, sentence, document) {
            return document.name(sentence, range, .weaponSystem, kind)
        }
        let before = range.lowerBound > 0 ? folded[range.lowerBound - 1] : ""
        let twoBefore = range.lowerBound > 1 ? folded[range.lowerBound - 2] : ""
        // `the town of Annah`, `the towns of Annah, Rawa and Qaim`.
        if before == "of", let kind = Self.placeNouns[twoBefore] ?? (twoBefore.hasSuffix("s") ? Self.placeNouns[String(twoBefore.dropLast())] : nil) {
            return document.name(sentence, range, .place, kind)
        }
        // `in the direction of Sotk`, `on the outskirts of Marinka`, `north of Duhok`.
        if before == "of", Self.surroundingNouns.contains(twoBefore) {
            return document.name(sentence, range, .place, nil)
        }
        // `its capital Stepanakert`, `Karabakh's capital, Stepanakert`: a name in apposition to a place noun.
        let noun = before == "," ? twoBefore : before
        if Self.appositionPlaceNouns.contains(noun), let kind = Self.placeNouns[noun] {
            return document.name(sentence, range, .place, kind)
        }
        if Self.locatives.contains(before), range.lowerBound > 1 {
            return document.name(sentence, range, .place, nil)
        }
        // `shelled Stepanakert`, `in control of Pobeda`, `the capture of Um Al-Qura`: what is taken or shelled is a place.
        if Self.takingVerbs.contains(before) || (before == "of" && Self.takingNouns.contains(twoBefore)) {
            return document.name(sentence, range, .place, nil)
        }
        // `the ballistic missile Agni Prime`, `the frigate Admiral Essen`: a name right after a weapon's word in the
        // singular, in lower case, is the weapon's.
        // (Not after words that name other things too: `low-cost carrier Virgin Blue`, `operating system Linux`.)
        if range.lowerBound > 0, !before.hasSuffix("s"), tokens[range.lowerBound - 1].kind == .word, !tokens[range.lowerBound - 1].isCapitalized,
            !Self.sharedWeaponWords.contains(before), let head = lexicon.head(before), head.type == .weaponSystem
        {
            return document.name(sentence, range, .weaponSystem, head.kind)
        }
        // `Greek company Star Bulk`, `the arms maker Baykar`: a name after a noun for a company is one.
        if Self.companyNouns.contains(before) {
            return document.name(sentence, range, .actor, "Organization")
        }
        // `attacked Sabon Gari in Borno State`: a name of two words or more, after a plain word, that lies in a
        // region or a country is a place (one word is often the last of a longer name: `Embassy in Buenos Aires`).
        if range.count >= 2, range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .word, !tokens[range.lowerBound - 1].isCapitalized,
            range.upperBound + 1 < tokens.count, folded[range.upperBound] == "in",
            let container = document.mention(at: range.upperBound + 1, in: sentence), container.tokens.lowerBound == range.upperBound + 1,
            container.type == .place || container.isCountry, container.isCountry || ["Region", "Territory"].contains(container.kind ?? "")
        {
            return document.name(sentence, range, .place, nil)
        }
        // `in Shati and Daraj Tuffah`, `the towns of Annah, Rawa and Qaim`: a name joined to a place is one too (after a
        // comma, where the list goes on after it).
        let listGoesOn = range.upperBound < tokens.count && [",", "and", "or"].contains(folded[range.upperBound])
        if ["and", "or"].contains(before) || (before == "," && listGoesOn), let joined = document.mention(at: range.lowerBound - 2, in: sentence), joined.type == .place,
            joined.kind != "Country"
        {
            return document.name(sentence, range, .place, nil)
        }
        return document.name(sentence, range, .actor, "Unknown")
    }
}

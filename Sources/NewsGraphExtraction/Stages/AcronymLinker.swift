import NewsGraphCore

/// Links acronyms introduced in the text (`US Central Command (CENTCOM)`,
/// `Line of Control (LoC)`) to their entity, wherever they occur in the article.
///
/// Needs: ``NameFinder``. Replaces or adds mentions of the acronym.
struct AcronymLinker: ExtractionStage {
    func run(_ document: inout AnnotatedDocument) {
        var acronyms: [String: Mention] = [:]
        for sentence in document.mentions.indices {
            let tokens = document.tokens(sentence)
            for mention in document.mentions[sentence] where mention.isEntity && mention.kind != "Unknown" {
                var at = mention.tokens.upperBound
                // `the United Nations mission in the country (MONUSCO)`: a known body's acronym after where the mission is.
                let office = mention.kind == "Organization" && mention.text.hasSuffix(" mission")
                if office, at + 3 < tokens.count, tokens[at].text == "in", let close = tokens[at..<min(tokens.count, at + 5)].firstIndex(where: { $0.text == "(" }) {
                    at = close
                }
                // `Russia's Wagner Group (Africa Corps)`: a body's other name in parentheses is the same body.
                if mention.kind == "Organization", at == mention.tokens.upperBound, at + 3 < tokens.count, tokens[at].text == "(",
                    let other = document.mention(at: at + 1, in: sentence), other.kind == "Organization", other.tokens.lowerBound == at + 1,
                    other.tokens.count >= 2, other.tokens.upperBound < tokens.count, tokens[other.tokens.upperBound].text == ")"
                {
                    document.replace(with: document.mention(mention, spanning: other.tokens))
                    continue
                }
                guard at + 2 < tokens.count, tokens[at].text == "(", tokens[at + 2].text == ")", tokens[at + 1].kind == .word,
                    LexiconKey.hasInnerCapital(tokens[at + 1].text)
                else { continue }
                let acronym = tokens[at + 1].text
                if office, let known = document.mention(at: at + 1, in: sentence), known.type == .actor, known.kind == "Organization" {
                    document.replace(with: document.mention(known, spanning: mention.tokens))
                    continue
                }
                guard at == mention.tokens.upperBound else { continue }
                // `Petr Fiala (ODS)`: an acronym in parentheses after a person is the person's party.
                if mention.kind == "Person", document.mention(at: at + 1, in: sentence).map({ $0.kind == "Unknown" }) ?? true {
                    let party = document.name(sentence, at + 1..<at + 2, .actor, "Organization")
                    document.replace(with: party)
                    acronyms[acronym] = party
                    continue
                }
                // `the Kurdistan Workers Party (PKK)`: a name no lexicon knows, before a body's known acronym, is that
                // body written another way, with a place name right before it.
                if mention.source == .pattern, let known = document.mention(at: at + 1, in: sentence), known.type == .actor, known.kind == "Organization",
                    case .lexicon = known.source, sharesWord(mention.text, known.canonical)
                {
                    var start = mention.tokens.lowerBound
                    if let place = document.mentions[sentence].last(where: { $0.tokens.upperBound == start }), place.type == .place || place.isCountry,
                        place.role == .name, tokens[place.tokens.lowerBound].isCapitalized
                    {
                        start = place.tokens.lowerBound
                    }
                    var written = document.mention(known, spanning: start..<mention.tokens.upperBound, in: sentence)
                    written.extraAliases = [written.text]
                    document.replace(with: written)
                    continue
                }
                // The acronym starts with the initial of one of the name's words (`US Central Command (CENTCOM)`).
                let initials = Set(mention.text.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first.map { Character($0.uppercased()) } })
                guard let first = acronym.first, initials.contains(first) else { continue }
                acronyms[acronym] = mention
            }
        }
        spanSpelledWeapons(in: &document)
        dropLexiconReadings(of: textAcronyms(in: document).subtracting(acronyms.keys), in: &document)
        guard !acronyms.isEmpty else { return }
        for sentence in document.mentions.indices {
            for (i, token) in document.tokens(sentence).enumerated() {
                guard let target = acronyms[token.text] else { continue }
                if let existing = document.mention(at: i, in: sentence), existing.kind != "Unknown" { continue }
                var mention = target
                mention.sentence = sentence
                mention.tokens = i..<i + 1
                mention.range = token.range
                mention.text = token.text
                mention.extraAliases = []
                document.replace(with: mention)
            }
        }
    }

    /// Whether two names share a word of three letters or more, apostrophes aside.
    private func sharesWord(_ a: String, _ b: String) -> Bool {
        func words(_ name: String) -> Set<String> {
            Set(name.split(separator: " ").map { LexiconKey.fold(String($0)).filter { $0 != "'" && $0 != "\u{2019}" } }.filter { $0.count >= 3 })
        }
        return !words(a).isDisjoint(with: words(b))
    }

    /// Words an acronym's letters skip (`Line of Control (LoC)`).
    private static let skippedWords: Set<String> = ["of", "the", "and", "for", "on", "in"]

    /// Acronyms that the text spells out in words no mention covers (`the military demarcation line (MDL)`).
    private func textAcronyms(in document: AnnotatedDocument) -> Set<String> {
        var found: Set<String> = []
        for sentence in document.mentions.indices {
            let tokens = document.tokens(sentence)
            for open in tokens.indices where spelledStart(before: open, in: sentence, document) != nil {
                found.insert(tokens[open + 1].text)
            }
        }
        return found
    }

    /// Where the words that an acronym in parentheses at `open` spells out begin, if words that no mention
    /// covers, or only a category word or a name of unknown type, do (`military demarcation line (MDL)`, `Mine-Resistant Ambush Protected (MRAP)`).
    private func spelledStart(before open: Int, in sentence: Int, _ document: AnnotatedDocument) -> Int? {
        let tokens = document.tokens(sentence)
        guard tokens[open].text == "(", open + 2 < tokens.count, tokens[open + 2].text == ")" else { return nil }
        let acronym = tokens[open + 1].text
        guard acronym.count >= 2, acronym.count <= 6, acronym.allSatisfy(\.isLetter), LexiconKey.hasInnerCapital(acronym) else { return nil }
        // The initials of the words back from the parenthesis, each part of a hyphenated word counting.
        var initials: [Character] = []
        var i = open - 1
        while i >= 0, initials.count < acronym.count, tokens[i].kind == .word,
            document.mention(at: i, in: sentence).map({ $0.role == .generic || $0.kind == "Unknown" }) ?? true
        {
            if !Self.skippedWords.contains(document.folded[sentence][i]) {
                initials.insert(contentsOf: tokens[i].text.split(separator: "-").compactMap(\.first), at: 0)
            }
            i -= 1
        }
        return String(initials).uppercased() == acronym.uppercased() ? i + 1 : nil
    }

    /// `24 Mine-Resistant Ambush Protected (MRAP) vehicles`: a weapon's acronym after the words it spells out
    /// covers them, so that the weapon stands where its words begin.
    private func spanSpelledWeapons(in document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices {
            for weapon in document.mentions[sentence] where weapon.type == .weaponSystem && weapon.tokens.count == 1 && weapon.tokens.lowerBound > 0 {
                guard let start = spelledStart(before: weapon.tokens.lowerBound - 1, in: sentence, document) else { continue }
                var spanning = document.mention(weapon, spanning: start..<weapon.tokens.upperBound + 1)
                spanning.extraAliases = [document.text(sentence, start..<weapon.tokens.lowerBound - 1)]
                document.replace(with: spanning)
            }
        }
    }

    /// Removes every mention that is only an acronym the text spells out otherwise: the lexicon's body of that
    /// name (Mazagon Dock Shipbuilders for `MDL`) is not what the article means.
    private func dropLexiconReadings(of acronyms: Set<String>, in document: inout AnnotatedDocument) {
        guard !acronyms.isEmpty else { return }
        for sentence in document.mentions.indices {
            document.mentions[sentence].removeAll { $0.tokens.count == 1 && acronyms.contains($0.text) }
        }
    }
}

import NewsGraphCore
import NewsGraphText

/// Finds `First Last` persons by their first name, also where either word is
/// a place or country the lexicon knows (`Lloyd Austin`, `Vladimir Putin`,
/// `Israel Katz`): a known first name followed by one to three capitalized
/// name words becomes one person mention, replacing single-word lexicon
/// matches inside it. A lexicon name of several words starting at the first
/// name wins (`Gerald R. Ford` the carrier), and so does an organization or
/// place head at the end (`Jordan Valley`).
///
/// Needs: ``LexiconTagger``. Adds: person mentions with source `.pattern`.
struct PersonNameFinder: ExtractionStage {
    let lexicon: Lexicon

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            var i = ChromeFilter.datelineEnd(sentence.tokens)
            while i < sentence.tokens.count {
                if let name = name(at: i, sentence.index, document) {
                    document.mentions[sentence.index].removeAll { $0.tokens.overlaps(name) }
                    document.add(person(sentence.index, name, document))
                    i = name.upperBound
                } else {
                    i += 1
                }
            }
        }
    }

    /// The tokens of a `First Last` name starting at `i`, if one does.
    private func name(at i: Int, _ sentence: Int, _ document: AnnotatedDocument) -> Range<Int>? {
        let tokens = document.tokens(sentence)
        let folded = document.folded[sentence]
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized, FirstNames.all.contains(folded[i]) else { return nil }
        // (`ING Barings`, `EMI Music`: a short word in capitals is an acronym.)
        if tokens[i].text.unicodeScalars.count <= 4, tokens[i].text == tokens[i].text.uppercased() { return nil }
        // (`the village of Aita al-Shaab`, `the ballistic missile Agni Prime`: a place or a weapon the words before name.)
        if i >= 2, folded[i - 1] == "of", Self.settlementNouns.contains(folded[i - 2]) { return nil }
        if i >= 1, lexicon.head(folded[i - 1])?.type == .weaponSystem { return nil }
        // A lexicon name of several words (`Gerald R. Ford`, `George Washington University`) stands.
        if let covering = document.mention(at: i, in: sentence), covering.tokens.count > 1 { return nil }
        var end = i + 1
        while end < tokens.count, end - i < 4 {
            let token = tokens[end]
            if NameShape.isNameWord(token, folded: folded[end]) || NameShape.isPrefixedName(token.text) || isInitial(token) {
                end += 1
            } else if NameShape.particles.contains(token.text), end + 1 < tokens.count, NameShape.isNameWord(tokens[end + 1], folded: folded[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        while end > i + 1, isInitial(tokens[end - 1]) { end -= 1 }
        guard end > i + 1 else { return nil }
        for j in (i + 1)..<end {
            // (`Hassan Sheikh Mohamud`: `Sheikh` between two names is part of the name.)
            let inner = j < end - 1 && Self.innerTitles.contains(folded[j])
            if let mention = document.mention(at: j, in: sentence), mention.tokens.count > 1 || !(isReplaceable(mention) || inner) {
                return nil
            }
        }
        if let head = lexicon.head(folded[end - 1]), head.type != .weaponSystem { return nil }
        if let first = document.mention(at: i, in: sentence), !isReplaceable(first) { return nil }
        return i..<end
    }

    /// Nouns for a settlement or an area that `of` and its name follow: the place nouns of ``NameFinder``, but not
    /// `state` or `capital` (`Secretary of State Antony Blinken`).
    static let settlementNouns: Set<String> = Set(NameFinder.placeNouns.keys).subtracting(["state", "capital"])

    /// Titles that names carry inside them (`Hassan Sheikh Mohamud`).
    static let innerTitles: Set<String> = ["sheikh", "sheik", "shaikh"]

    /// A single-word lexicon match that a person's name may hide: a place, a country or its adjective.
    private func isReplaceable(_ mention: Mention) -> Bool {
        mention.type == .place || mention.isCountry || mention.role == .demonym || mention.role == .capital
    }

    /// `R.` in `Gerald R. Ford`.
    private func isInitial(_ token: Token) -> Bool {
        token.text.unicodeScalars.count == 2 && token.text.hasSuffix(".") && token.isCapitalized
    }

    private func person(_ sentence: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Mention {
        document.name(sentence, range, .actor, "Person")
    }
}

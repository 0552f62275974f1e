import NewsGraphCore

/// Joins a named weapon and the category words after it into one mention
/// (`Harpoon anti-ship missiles`, `Kh-101 cruise missiles`), makes
/// components their own weapon (`F-16 upgrade kits`), and links a category
/// word to the named weapon in apposition with it (`the destroyer USS
/// Laboon`, `its largest aircraft carrier, the Gerald R. Ford`).
///
/// Needs: ``NameFinder``. Replaces mentions.
struct WeaponPhraseJoiner: ExtractionStage {
    /// Folded words after a weapon name that make a component of it.
    static let components: [[String]] = [["upgrade", "kits"], ["upgrade", "kit"], ["upgrades"], ["upgrade"], ["spare", "parts"], ["parts"], ["components"], ["kits"]]

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices {
            var position = 0
            while position < document.mentions[sentence].count {
                _ = joinComponent(sentence, position, &document) || joinCategory(sentence, position, &document)
                    || nameModel(sentence, position, &document) || linkApposition(sentence, position, &document)
                joinGenerics(sentence, position, &document)
                joinTypeModifier(sentence, position, &document)
                describe(sentence, position, &document)
                position += 1
            }
        }
    }

    private func isNamedWeapon(_ mention: Mention) -> Bool { mention.type == .weaponSystem && mention.role == .name }

    /// `F-16 upgrade kits` → a component weapon of its own.
    @discardableResult
    private func joinComponent(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) -> Bool {
        let mention = document.mentions[sentence][position]
        guard isNamedWeapon(mention) else { return false }
        let folded = document.folded[sentence]
        let at = mention.tokens.upperBound
        for words in Self.components where at + words.count <= folded.count && Array(folded[at..<at + words.count]) == words {
            guard document.mentionPosition(at: at, in: sentence) == nil else { return false }
            let span = mention.tokens.lowerBound..<at + words.count
            var component = document.mention(mention, spanning: span)
            component.canonical = component.text
            component.kind = "Component"
            component.source = .pattern
            component.attributes = []
            document.mentions[sentence][position] = component
            return true
        }
        return false
    }

    /// `Harpoon` + `anti-ship missiles` (one lower-case word may stand between).
    @discardableResult
    private func joinCategory(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) -> Bool {
        let list = document.mentions[sentence]
        guard position + 1 < list.count, isNamedWeapon(list[position]), list[position + 1].type == .weaponSystem,
            list[position + 1].role == .generic
        else { return false }
        let gap = list[position + 1].tokens.lowerBound - list[position].tokens.upperBound
        let tokens = document.tokens(sentence)
        guard gap == 0 || (gap == 1 && tokens[list[position].tokens.upperBound].kind == .word && !tokens[list[position].tokens.upperBound].isCapitalized)
        else { return false }
        var joined = document.mention(list[position], spanning: list[position].tokens.lowerBound..<list[position + 1].tokens.upperBound)
        joined.kind = joined.kind ?? list[position + 1].kind
        // A designator no lexicon knows stays the label (`ZX-9`, `Fattah 2`, not `ZX-9 missile`); the phrase is an alias.
        let name = list[position].text
        if joined.source == .pattern, name.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { joined.extraAliases.append(name) }
        link(category: list[position + 1].canonical, to: joined, apposition: false, &document)
        document.mentions[sentence].remove(at: position + 1)
        document.mentions[sentence][position] = joined
        return true
    }

    /// `Lynx KF41` + `infantry fighting vehicle`: a name of unknown type with a model number in it, right before a
    /// category, is a weapon of that category, named by the name.
    @discardableResult
    private func nameModel(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) -> Bool {
        let list = document.mentions[sentence]
        guard position + 1 < list.count, list[position].kind == "Unknown", list[position + 1].type == .weaponSystem, list[position + 1].role == .generic,
            list[position + 1].tokens.lowerBound == list[position].tokens.upperBound,
            document.tokens(sentence)[list[position].tokens].contains(where: { Self.isModelNumber($0.text) })
        else { return false }
        var joined = document.mention(list[position], spanning: list[position].tokens.lowerBound..<list[position + 1].tokens.upperBound)
        joined.type = .weaponSystem
        joined.kind = list[position + 1].kind
        joined.source = .pattern
        joined.extraAliases = [list[position].text]
        link(category: list[position + 1].canonical, to: joined, apposition: false, &document)
        document.mentions[sentence].remove(at: position + 1)
        document.mentions[sentence][position] = joined
        return true
    }

    /// `KF41`, `1A3`, `AS21`: a word of ASCII letters and digits, with both.
    static func isModelNumber(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }
            && text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// `air defense` + `missile system`: two categories in a row are one weapon, of the last one's category
    /// (the first one's kind where it is air defence).
    private func joinGenerics(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) {
        let list = document.mentions[sentence]
        guard position + 1 < list.count, list[position].type == .weaponSystem, list[position].role == .generic,
            list[position + 1].type == .weaponSystem, list[position + 1].role == .generic,
            list[position + 1].tokens.lowerBound == list[position].tokens.upperBound
        else { return }
        var joined = document.mention(list[position + 1], spanning: list[position].tokens.lowerBound..<list[position + 1].tokens.upperBound)
        if list[position].kind == "AirDefense" { joined.kind = "AirDefense" }
        document.mentions[sentence].remove(at: position + 1)
        document.mentions[sentence][position] = joined
    }

    /// Whether a lower-case word before a weapon category makes a category of its own: `anti-aircraft`,
    /// `surface-to-air`, `self-propelled`, a calibre (`105mm`).
    static func isTypeModifier(_ word: String) -> Bool {
        if word.hasPrefix("anti-") || word.contains("-to-") || word == "self-propelled" { return true }
        guard word.hasSuffix("mm") else { return false }
        return word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2
    }

    /// `anti-aircraft missiles`, `self-propelled howitzers`, `105mm artillery ammunition`: a type word
    /// before a category makes a category of its own, named as written.
    private func joinTypeModifier(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) {
        let mention = document.mentions[sentence][position]
        let before = mention.tokens.lowerBound - 1
        guard mention.type == .weaponSystem, mention.role == .generic, before >= 0, document.mention(at: before, in: sentence) == nil else { return }
        let token = document.tokens(sentence)[before]
        guard token.kind == .word || token.kind == .number, !token.isCapitalized, Self.isTypeModifier(document.folded[sentence][before]) else { return }
        var joined = document.mention(mention, spanning: before..<mention.tokens.upperBound)
        joined.canonical = joined.text
        joined.source = .pattern
        document.mentions[sentence][position] = joined
    }

    /// Words of use or make before a weapon category: `utility helicopters`, `surveillance drones`, `Soviet-era air
    /// defense systems`, `long-range drones`. The category stays the entity; the phrase as written is an alias of it.
    static let useWords: Set<String> = [
        "utility", "surveillance", "reconnaissance", "kamikaze", "combat", "attack", "transport", "unmanned", "cargo",
        "armed", "suicide", "training", "trainer", "patrol", "tactical", "strategic", "light", "heavy", "armoured", "armored",
    ]

    /// Adds `utility helicopters` as an alias of the category `helicopters` (see ``useWords``); a hyphenated
    /// modifier (`long-range`, `Soviet-era`) counts too.
    private func describe(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) {
        let mention = document.mentions[sentence][position]
        let before = mention.tokens.lowerBound - 1
        guard mention.type == .weaponSystem, mention.role == .generic, before >= 0, document.mention(at: before, in: sentence) == nil,
            document.tokens(sentence)[before].kind == .word
        else { return }
        let word = document.folded[sentence][before]
        guard Self.useWords.contains(word) || (word.contains("-") && !Self.isTypeModifier(word)) else { return }
        document.mentions[sentence][position].extraAliases.append(document.text(sentence, before..<mention.tokens.upperBound))
    }

    /// Records that a category word names `weapon` in this article, unless it names several.
    private func link(category: String, to weapon: Mention, apposition: Bool, _ document: inout AnnotatedDocument) {
        if let known = document.categoryLinks[category], known.canonical != weapon.canonical {
            document.ambiguousCategories.insert(category)
        }
        document.categoryLinks[category] = weapon
        if apposition { document.appositionCategories.insert(category) }
    }

    /// `the destroyer USS Laboon`, `its largest aircraft carrier, the Gerald R. Ford`: the category word is the named weapon.
    @discardableResult
    private func linkApposition(_ sentence: Int, _ position: Int, _ document: inout AnnotatedDocument) -> Bool {
        let list = document.mentions[sentence]
        guard position + 1 < list.count, list[position].type == .weaponSystem, list[position].role == .generic,
            isNamedWeapon(list[position + 1])
        else { return false }
        let between = document.folded[sentence][list[position].tokens.upperBound..<list[position + 1].tokens.lowerBound]
        guard between.allSatisfy({ $0 == "," || $0 == "the" }), between.count <= 2 else { return false }
        link(category: list[position].canonical, to: list[position + 1], apposition: true, &document)
        document.mentions[sentence][position].canonical = list[position + 1].canonical
        document.mentions[sentence][position].role = .name
        document.mentions[sentence][position].source = list[position + 1].source
        document.mentions[sentence][position].kind = list[position + 1].kind
        return true
    }
}

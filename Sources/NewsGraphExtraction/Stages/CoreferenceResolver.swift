import NewsGraphCore

/// Makes one entity per referent: links short names to persons (`Kirby` →
/// `John Kirby`), category words to the named weapon they were in
/// apposition with, unqualified ministries to the qualified one, and drops
/// names nothing could type. Then keys every mention and builds the entities
/// with their fullest label and every surface form as an alias.
///
/// Needs: all mention stages. Adds: ``AnnotatedDocument/entities``, ``Mention/entity``.
struct CoreferenceResolver: ExtractionStage {
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "stated", "announced", "wrote", "warned", "noted"]

    func run(_ document: inout AnnotatedDocument) {
        linkShortNames(&document)
        linkShortOrganizations(&document)
        linkCategories(&document)
        mergeMinistries(&document)
        for sentence in document.mentions.indices {
            document.mentions[sentence].removeAll { $0.kind == "Unknown" }
            for position in document.mentions[sentence].indices where document.mentions[sentence][position].isEntity {
                let key = Entity.key(document.mentions[sentence][position].type, document.mentions[sentence][position].canonical)
                document.mentions[sentence][position].entity = key
                add(document.mentions[sentence][position], key: key, to: &document.entities)
            }
        }
    }

    /// `Pistorius` after `Boris Pistorius`; an unknown two-word name before `said` is a person.
    private func linkShortNames(_ document: inout AnnotatedDocument) {
        // First the names of two or three words that their context makes persons, so that their surnames link below.
        for sentence in document.mentions.indices {
            for position in document.mentions[sentence].indices where document.mentions[sentence][position].kind == "Unknown" {
                let mention = document.mentions[sentence][position]
                if mention.tokens.count >= 2, mention.tokens.count <= 3,
                    isBeforeSpeechVerb(mention, document) || isAfterSpeechVerb(mention, document) || isBeforeTitle(mention, document)
                {
                    document.mentions[sentence][position].kind = "Person"
                }
            }
        }
        let persons = document.mentions.joined().filter { $0.kind == "Person" && $0.source == .pattern && $0.tokens.count >= 2 }
        for sentence in document.mentions.indices {
            // `Austin said` after `Lloyd Austin`: a one-word place that is a named person's surname is that person.
            for position in document.mentions[sentence].indices {
                let mention = document.mentions[sentence][position]
                guard mention.type == .place, mention.role == .name, mention.tokens.count == 1,
                    let person = persons.first(where: { Self.isSurname(mention.text, of: $0.text) })
                else { continue }
                document.mentions[sentence][position].type = .actor
                document.mentions[sentence][position].kind = "Person"
                document.mentions[sentence][position].canonical = person.canonical
                document.mentions[sentence][position].source = .pattern
                document.mentions[sentence][position].attributes = []
            }
            for position in document.mentions[sentence].indices where document.mentions[sentence][position].kind != "Person" || document.mentions[sentence][position].tokens.count == 1 {
                let mention = document.mentions[sentence][position]
                guard mention.kind == "Unknown" || (mention.kind == "Person" && mention.source == .pattern) else { continue }
                // (`Mette Frederiksen` again after `Prime Minister Mette Frederiksen`: the full name itself.)
                if let person = persons.first(where: { mention.text == $0.text || Self.isSurname(mention.text, of: $0.text) || mention.text.hasSuffix(" " + $0.text) }) {
                    document.mentions[sentence][position].canonical = person.canonical
                    document.mentions[sentence][position].kind = "Person"
                }
            }
        }
    }

    /// `the Doctors Network` after `the Sudan Doctors Network`: a name of two or more words no lexicon
    /// knows is the one organization of the article whose name ends with it.
    private func linkShortOrganizations(_ document: inout AnnotatedDocument) {
        let organizations = Set(document.mentions.joined().filter { $0.type == .actor && $0.kind == "Organization" && $0.isEntity }.map(\.canonical))
        for sentence in document.mentions.indices {
            for position in document.mentions[sentence].indices {
                let mention = document.mentions[sentence][position]
                guard mention.type == .actor, mention.kind == "Organization", mention.source == .pattern, mention.tokens.count >= 2 else { continue }
                let longer = organizations.filter { $0.count > mention.canonical.count && $0.hasSuffix(" " + mention.canonical) }
                if longer.count == 1, let full = longer.first { document.mentions[sentence][position].canonical = full }
            }
        }
    }

    /// Arabic articles that open a surname (`al-Mismari`, `Mismari`, `Al-Mismari`).
    static let articlePrefixes = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"]

    /// Whether `short` is the surname of the full name `name`, with or without an Arabic article.
    static func isSurname(_ short: String, of name: String) -> Bool {
        if name.hasSuffix(" " + short) { return true }
        // `Marcos` of `Ferdinand Marcos Jr`: a generational suffix follows the surname.
        var words = name.split(separator: " ")
        if words.count > 2, let suffix = words.last, Self.generationalSuffixes.contains(suffix.lowercased().replacingOccurrences(of: ".", with: "")) {
            words.removeLast()
        }
        guard let last = words.last, words.count > 1 else { return false }
        // `Ahn` of `Ahn Gyu-back`, `Shin` of `Shin Won-sik`: a Korean name gives the family name first, before a
        // hyphenated given name.
        if words.count == 2, last.contains("-"), last.first?.isUppercase == true, short == words[0] { return true }
        let bare = { (word: Substring) -> String in
            let lower = word.lowercased()
            return articlePrefixes.first(where: lower.hasPrefix).map { String(lower.dropFirst($0.count)) } ?? lower
        }
        return !short.utf8.contains(0x20) && bare(last) == bare(Substring(short))
    }

    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// `Natalia Gumenyuk, a spokeswoman for …`, `Mariusz Blaszczak, Poland's defence minister`: a title in apposition.
    private func isBeforeTitle(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        let sentence = mention.sentence
        let folded = document.folded[sentence]
        var i = mention.tokens.upperBound
        guard i < folded.count, folded[i] == "," else { return false }
        i += 1
        let limit = i + 5
        while i < min(limit, folded.count) {
            if let next = document.mention(at: i, in: sentence) {
                if next.role == .title { return true }
                guard next.isCountry || next.type == .place || next.kind == "Organization" else { return false }
                i = next.tokens.upperBound
                continue
            }
            guard ["a", "an", "the", "its", "his", "her", "their", "local", "former", "senior", "chief", "top", "deputy"].contains(folded[i])
                || document.tokens(sentence)[i].kind == .possessive
            else { return ["journalist", "reporter", "analyst", "resident", "researcher", "expert", "correspondent"].contains(folded[i]) }
            i += 1
        }
        return false
    }

    private func isBeforeSpeechVerb(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        let folded = document.folded[mention.sentence]
        var next = mention.tokens.upperBound
        while next < folded.count, ["has", "had", "have", "also", "later", "then"].contains(folded[next]) { next += 1 }
        return next < folded.count && Self.speechVerbs.contains(folded[next])
    }

    /// `…, says Cara Diemont of …`.
    private func isAfterSpeechVerb(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        let start = mention.tokens.lowerBound
        return start > 0 && ["says", "said", "told", "added"].contains(document.folded[mention.sentence][start - 1])
    }

    /// A category word is the one named weapon it was seen with: in apposition
    /// (`the destroyer USS Laboon`) in any number, after the name (`PzH 2000 howitzers`) in the plural.
    private func linkCategories(_ document: inout AnnotatedDocument) {
        guard !document.categoryLinks.isEmpty else { return }
        for sentence in document.mentions.indices {
            for position in document.mentions[sentence].indices {
                let mention = document.mentions[sentence][position]
                guard mention.role == .generic, !document.ambiguousCategories.contains(mention.canonical),
                    let named = document.categoryLinks[mention.canonical],
                    document.appositionCategories.contains(mention.canonical) || mention.text.hasSuffix("s")
                else { continue }
                document.mentions[sentence][position].canonical = named.canonical
                document.mentions[sentence][position].role = .name
                document.mentions[sentence][position].kind = named.kind
                document.mentions[sentence][position].source = named.source
            }
        }
    }

    /// `the Federal Ministry of Defence` is `Germany's Defence Ministry` when it is the only defence ministry named.
    private func mergeMinistries(_ document: inout AnnotatedDocument) {
        var qualified: [String: Set<String>] = [:]
        for mention in document.mentions.joined() where mention.canonical.hasPrefix("ministry ") && !mention.canonical.hasSuffix(" ") {
            qualified[field(of: mention.canonical), default: []].insert(mention.canonical)
        }
        for sentence in document.mentions.indices {
            for position in document.mentions[sentence].indices {
                let canonical = document.mentions[sentence][position].canonical
                guard canonical.hasPrefix("ministry "), canonical.hasSuffix(" "),
                    let only = qualified[field(of: canonical)], only.count == 1, let target = only.first
                else { continue }
                document.mentions[sentence][position].canonical = target
            }
        }
    }

    /// `ministry defence Germany` → `defence`.
    private func field(of canonical: String) -> String {
        canonical.split(separator: " ", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
    }

    private func add(_ mention: Mention, key: String, to entities: inout [String: Entity]) {
        let isCanonical: Bool
        if case .lexicon = mention.source { isCanonical = true } else { isCanonical = false }
        var entity = entities[key] ?? Entity(key: key, type: mention.type, kind: mention.kind, label: mention.text, labelIsCanonical: false)
        if isCanonical, !entity.labelIsCanonical {
            entity.label = mention.canonical
            entity.labelIsCanonical = true
            entity.kind = mention.kind ?? entity.kind
            entity.attributes = mention.attributes
        } else if !entity.labelIsCanonical, LabelChooser.isBetter(mention.text, than: entity.label) {
            entity.label = mention.text
        }
        if entity.kind == nil { entity.kind = mention.kind }
        if entity.attributes.isEmpty { entity.attributes = mention.attributes }
        if mention.source != .reference || mention.role != .name || mention.type != .actor || mention.kind != "Person" {
            entity.aliases.insert(mention.text)
        }
        for alias in mention.extraAliases {
            entity.aliases.insert(alias)
            if !entity.labelIsCanonical, LabelChooser.isBetter(alias, than: entity.label) { entity.label = alias }
        }
        entities[key] = entity
    }
}

/// Picks the fullest proper name among surface forms.
enum LabelChooser {
    /// Whether `candidate` is a better label than `current`: proper names
    /// (every word capitalized) before others, then longer before shorter;
    /// references (`the ministry`) never win over a name.
    static func isBetter(_ candidate: String, than current: String) -> Bool {
        let a = (isProper(candidate) ? 1 : 0, candidate.unicodeScalars.count)
        let b = (isProper(current) ? 1 : 0, current.unicodeScalars.count)
        return a > b
    }

    static let connectors: Set<String> = ["of", "the", "and", "for", "in", "to", "on", "de", "al", "bin", "von", "van", "der", "la", "le", "el", "wal"]

    static func isProper(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { word in
            connectors.contains(String(word)) || NameShape.isPrefixedName(String(word))
                || (word.unicodeScalars.first.map { $0.properties.isUppercase || $0.properties.numericType != nil } ?? false)
        } && !(words.first == "the") && !hasPossessive(text)
    }

    /// Whether the text holds `'s` or `’s`; text without either apostrophe is answered from its bytes.
    static func hasPossessive(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") }) { return false }
        return text.contains("'s") || text.contains("\u{2019}s")
    }
}

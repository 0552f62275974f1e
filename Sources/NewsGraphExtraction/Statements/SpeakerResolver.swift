import NewsGraphCore

/// Finds who speaks from the words next to a reporting verb: a named
/// person or body, a title (`a US Defense Department official` speaks for the
/// department, `Indian officials` for India), a pronoun, or a document noun
/// (`the report`) standing for its author.
struct SpeakerResolver {
    let document: AnnotatedDocument
    /// The last statement's speaker and its sentence.
    var last: (speaker: Mention, sentence: Int)?
    /// The body the last bare title (`the official`) spoke for.
    var lastTitled: Mention?
    /// Authors of documents named in reporting frames (`report` → Defense News).
    var sources: [String: Mention] = [:]

    /// The person each title introduced (`French President Emmanuel Macron`), by the title's canonical name, in order.
    let titled: [String: [Mention]]
    /// The same, by the body before the title and the title (`France president`), anywhere in the article.
    let titledFor: [String: [Mention]]

    init(document: AnnotatedDocument) {
        self.document = document
        var titled: [String: [Mention]] = [:]
        var titledFor: [String: [Mention]] = [:]
        for mentions in document.mentions {
            for title in mentions where title.role == .title {
                if let person = mentions.first(where: { $0.kind == "Person" && !$0.entity.isEmpty && $0.tokens.lowerBound == title.tokens.upperBound })
                    ?? Self.person(before: title, in: mentions, document)
                {
                    titled[title.canonical, default: []].append(person)
                    if let body = Self.body(before: title, in: mentions) { titledFor[body.entity + " " + title.canonical, default: []].append(person) }
                }
            }
        }
        self.titled = titled
        self.titledFor = titledFor
    }

    /// The speaker among tokens `range` of `sentence`, nearest to `verb`.
    mutating func speaker(in range: Range<Int>, of sentence: Int, near verb: Int) -> Mention? {
        var mentions = document.mentions[sentence].filter { range.contains($0.tokens.lowerBound) }
        // `The LNA, commanded by Khalifa Haftar, claimed …`: the agent of a participle is not the subject.
        let subjects = mentions.filter { !isParticipleAgent($0) }
        if subjects.contains(where: { $0.type == .actor && !$0.entity.isEmpty }) { mentions = subjects }
        mentions.removeAll(where: modifiesPrivateSpeaker)
        let byDistance = mentions.sorted { abs($0.tokens.lowerBound - verb) < abs($1.tokens.lowerBound - verb) }
        if let person = byDistance.first(where: { $0.kind == "Person" && !$0.entity.isEmpty }) { return person }
        // (`Lebanon's official National News Agency`: a title word before a body's name only describes the body.)
        if let title = byDistance.first(where: { $0.role == .title && !describesBody($0) }) {
            // `The French President says …` after `French President Emmanuel Macron`: the one person introduced by that title.
            if let people = titled[title.canonical], Set(people.map(\.entity)).count == 1, let person = people.first,
                (person.sentence, person.tokens.lowerBound) < (sentence, title.tokens.lowerBound) || person.sentence == sentence
            {
                return person
            }
            if let body = Self.body(before: title, in: mentions) {
                // `The French President says …` before `French President Emmanuel Macron` is introduced.
                if let people = titledFor[body.entity + " " + title.canonical], Set(people.map(\.entity)).count == 1, let person = people.first {
                    return person
                }
                lastTitled = body
                return body
            }
            if let titled = lastTitled { return titled }
        }
        if let actor = byDistance.first(where: { $0.type == .actor && !$0.entity.isEmpty && $0.role != .generic }) { return actor }
        let folded = document.folded[sentence]
        for i in range.sorted(by: { abs($0 - verb) < abs($1 - verb) }) {
            if SpeechWords.sourceNouns.contains(folded[i]), let author = sources[folded[i]] { return author }
            if let resolved = pronoun(folded[i], sentence: sentence, at: i) { return resolved }
        }
        return nil
    }

    /// Whether a body's name follows the title word right after it.
    private func describesBody(_ title: Mention) -> Bool {
        guard let next = document.mention(at: title.tokens.upperBound, in: title.sentence) else { return false }
        return next.tokens.lowerBound == title.tokens.upperBound && next.type == .actor && next.kind == "Organization" && next.isEntity
    }

    /// `a Sudanese doctors' group said`: a name before plain words that end in a
    /// private speaker (``SpeechWords/privateSpeakers``) only describes the speaker.
    private func modifiesPrivateSpeaker(_ mention: Mention) -> Bool {
        let tokens = document.tokens(mention.sentence)
        let folded = document.folded[mention.sentence]
        var j = mention.tokens.upperBound
        var head: String?
        while j < tokens.count, j < mention.tokens.upperBound + 4 {
            let token = tokens[j]
            if token.kind == .possessive { j += 1; continue }
            guard token.kind == .word, !token.isCapitalized, document.mention(at: j, in: mention.sentence) == nil,
                !SpeechWords.cues.contains(folded[j]), !Self.frameAdverbs.contains(folded[j])
            else { break }
            head = folded[j]
            j += 1
        }
        return head.map(SpeechWords.privateSpeakers.contains) ?? false
    }

    /// Words between a speaker and the speech verb that are no part of the speaker (`bloggers also reported`).
    static let frameAdverbs: Set<String> = ["also", "earlier", "later", "previously", "reportedly", "then", "have", "has", "had"]

    /// Whether `mention` follows `by` after a participle (`commanded by`, `led by`), not a document (`a statement by`).
    private func isParticipleAgent(_ mention: Mention) -> Bool {
        let at = mention.tokens.lowerBound
        guard at >= 2 else { return false }
        let folded = document.folded[mention.sentence]
        let participle = folded[at - 2]
        return folded[at - 1] == "by" && (participle.hasSuffix("ed") || ["led", "run", "held", "built", "made"].contains(participle))
    }

    /// The person a title stands in apposition to: `Mariusz Blaszczak, Poland's defence minister`.
    private static func person(before title: Mention, in mentions: [Mention], _ document: AnnotatedDocument) -> Mention? {
        let tokens = document.tokens(title.sentence)
        var j = title.tokens.lowerBound - 1
        if let body = mentions.last(where: { $0.tokens.upperBound + 1 == title.tokens.lowerBound }), tokens[body.tokens.upperBound].kind == .possessive {
            j = body.tokens.lowerBound - 1
        } else if let body = mentions.last(where: { $0.tokens.upperBound == title.tokens.lowerBound }), body.type == .actor {
            j = body.tokens.lowerBound - 1
        }
        if j >= 0, ["the", "a", "an"].contains(document.folded[title.sentence][j]) { j -= 1 }
        guard j >= 1, tokens[j].text == "," else { return nil }
        return mentions.last { $0.kind == "Person" && !$0.entity.isEmpty && $0.tokens.upperBound == j }
    }

    /// The body in front of a bare title: `US Defense Department official`, `Indian officials`.
    private static func body(before title: Mention, in mentions: [Mention]) -> Mention? {
        let before = mentions.filter { $0.tokens.upperBound <= title.tokens.lowerBound && title.tokens.lowerBound - $0.tokens.upperBound <= 1 }
        return before.last { $0.type == .actor && !$0.entity.isEmpty }
    }

    private func pronoun(_ word: String, sentence: Int, at i: Int) -> Mention? {
        switch word {
        case "he", "she", "him", "her":
            if let last, last.sentence >= sentence - 2, last.speaker.kind == "Person" { return last.speaker }
            // `X confirmed that he and Y agreed … He told …`: a pronoun opening its sentence is the person the
            // sentence before was about, its first person, not the last one it named.
            if i <= 1, let previous = stride(from: sentence - 1, through: max(0, sentence - 3), by: -1).first(where: { earlier in
                document.mentions[earlier].contains { $0.kind == "Person" && !$0.entity.isEmpty }
            }) {
                return document.mentions[previous].first { $0.kind == "Person" && !$0.entity.isEmpty }
            }
            return lastMention(before: (sentence, i)) { $0.kind == "Person" }
        case "it", "they":
            if let last, last.sentence >= sentence - 1, last.speaker.kind != "Person" { return last.speaker }
            let body = { (m: Mention) in m.type == .actor && m.kind != "Person" && m.role != .generic && !self.isAdjective(m) }
            if sentence > 0, let previous = document.mentions[sentence - 1].last(where: { !$0.entity.isEmpty && body($0) }) {
                return previous
            }
            return lastMention(before: (sentence, i), where: body)
        default:
            return nil
        }
    }

    /// `A French Cesar howitzer`: a people's adjective before a word describes it and does not stand for anyone.
    private func isAdjective(_ mention: Mention) -> Bool {
        let tokens = document.tokens(mention.sentence)
        return mention.role == .demonym && mention.tokens.upperBound < tokens.count && tokens[mention.tokens.upperBound].kind == .word
    }

    private func lastMention(before position: (Int, Int), where fits: (Mention) -> Bool) -> Mention? {
        for sentence in stride(from: position.0, through: 0, by: -1) {
            let found = document.mentions[sentence].last { !$0.entity.isEmpty && fits($0) && (sentence < position.0 || $0.tokens.upperBound <= position.1) }
            if let found { return found }
        }
        return nil
    }

    /// Remembers who spoke, and the documents named in the frame (`in a notice`, `report by Defense News`):
    /// the first speaker of each kind of document, or the last to bring a new one in.
    mutating func record(_ speaker: Mention, sentence: Int, frame: Range<Int>) {
        last = (speaker, sentence)
        let folded = document.folded[sentence]
        for i in frame where i < folded.count && SpeechWords.sourceNouns.contains(folded[i]) {
            // `said in a statement` brings in a new document, which a later `the statement` means; `the report` names one known.
            let introduced = (max(0, i - 2)..<i).contains { folded[$0] == "a" || folded[$0] == "an" }
            if sources[folded[i]] == nil || introduced { sources[folded[i]] = speaker }
        }
    }

    /// Remembers the authors of documents named anywhere in a sentence (`The Wednesday report by Defense News`).
    mutating func noteSources(in sentence: Int) {
        let folded = document.folded[sentence]
        for i in folded.indices where SpeechWords.sourceNouns.contains(folded[i]) && i + 2 < folded.count && (folded[i + 1] == "by" || folded[i + 1] == "from") {
            if let author = document.mention(at: i + 2, in: sentence) ?? document.mention(at: i + 3, in: sentence), author.type == .actor, !author.entity.isEmpty {
                sources[folded[i]] = author
            }
        }
    }
}

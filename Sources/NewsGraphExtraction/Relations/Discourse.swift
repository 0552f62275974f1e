/// What earlier sentences leave for pronouns to refer to.
struct Discourse {
    /// Entity keys of the subjects of the last sentence that had one.
    var lastSubjects: [Mention] = []
    /// The last person mentioned.
    var lastPerson: Mention?
    /// The last actor that was not a person.
    var lastActor: Mention?
    /// The actor that opened the last sentence that opened with one (`Poland has increased ...`).
    var sentenceSubject: Mention?
    /// The last named weapon.
    var lastWeapon: Mention?
    /// The parties of the last transfer of weapons a sentence stated.
    var lastTransfer = Transfer()
    /// The attackers of the last sentence that stated an attack.
    var lastAttackers: [Mention] = []

    /// The mentions of the subjects of `facts`' attacks in the sentence `view`.
    static func attackers(in facts: [Fact], _ view: SentenceView) -> [Mention] {
        var seen: Set<String> = []
        return facts.filter { $0.relation == .attacks && seen.insert($0.subject).inserted }.compactMap { fact in
            view.mentions.first { $0.entity == fact.subject }
        }
    }

    static func isModifier(_ mention: Mention, in view: SentenceView) -> Bool {
        let partial = mention.isPartOfWord(view.tokens)
        return partial || (mention.isCountry && view.hasMention(at: mention.tokens.upperBound))
    }

    mutating func update(_ view: SentenceView, subjects: [Mention], facts: [Fact]) {
        if !subjects.isEmpty { lastSubjects = subjects }
        let transfer = Transfer(facts: facts, in: view)
        if !transfer.isEmpty { lastTransfer = transfer }
        let attackers = Self.attackers(in: facts, view)
        if !attackers.isEmpty { lastAttackers = attackers }
        // The sentence's subject: its first actor, unless that is a modifier (`Iran-backed`, `North Korean shells`).
        if let first = view.mentions.first(where: { !Self.isModifier($0, in: view) }), first.tokens.lowerBound <= 3, first.type == .actor,
            first.kind != "Person", first.role != .generic
        {
            sentenceSubject = first
        }
        if let weapon = view.mentions.last(where: { $0.type == .weaponSystem && $0.role == .name }) { lastWeapon = weapon }
        for mention in view.mentions where mention.type == .actor {
            if mention.kind == "Person" { lastPerson = mention } else if mention.role != .generic { lastActor = mention }
        }
    }
}

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

    mutating func update(_ view: SentenceView, subjects: [Mention]) {
        if !subjects.isEmpty { lastSubjects = subjects }
        if let first = view.mentions.first, first.tokens.lowerBound <= 2, first.type == .actor, first.kind != "Person", first.role != .generic {
            sentenceSubject = first
        }
        if let weapon = view.mentions.last(where: { $0.type == .weaponSystem && $0.role == .name }) { lastWeapon = weapon }
        for mention in view.mentions where mention.type == .actor {
            if mention.kind == "Person" { lastPerson = mention } else if mention.role != .generic { lastActor = mention }
        }
    }
}

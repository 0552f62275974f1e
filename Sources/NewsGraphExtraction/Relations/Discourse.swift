/// What earlier sentences leave for pronouns to refer to.
struct Discourse {
    /// Entity keys of the subjects of the last sentence that had one.
    var lastSubjects: [Mention] = []
    /// The last person mentioned.
    var lastPerson: Mention?
    /// The last actor that was not a person.
    var lastActor: Mention?

    mutating func update(_ view: SentenceView, subjects: [Mention]) {
        if !subjects.isEmpty { lastSubjects = subjects }
        for mention in view.mentions where mention.type == .actor {
            if mention.kind == "Person" { lastPerson = mention } else if mention.role != .generic { lastActor = mention }
        }
    }
}

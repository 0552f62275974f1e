/// Words of the reporting frame, as data.
enum SpeechWords {
    /// Verbs that report speech.
    static let verbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
        "announces", "insisted", "insists", "confirmed", "confirms", "noted", "notes", "wrote", "declared", "argued",
        "accused", "accuses", "called", "saying", "reported", "reports", "explained", "acknowledged", "denied", "denies",
        "hailed", "hails", "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "denounced", "denounces",
        "expressed", "expresses", "described", "describes", "urged", "urges", "stressed", "stresses", "emphasised", "emphasized",
        "emphasizes", "emphasises", "clarified", "clarifies",
    ]
    /// Verbs that report speech only with what they report beside them: a
    /// `that` clause or a quote (`X warned that …`, `“…,” X warned`), never
    /// an object (`X revealed a plan`) but the deed claimed (``claimsDeed(_:at:)``).
    static let clauseVerbs: Set<String> = [
        "warned", "warns", "claimed", "claims", "alleged", "alleges", "disclosed", "discloses", "revealed", "reveals",
        "asserted", "asserts", "admitted", "admits", "reiterated",
        "affirmed", "maintained", "assured", "underlined", "underscored", "conceded", "cautioned", "suggested", "predicted",
        "indicated", "indicates", "remarked", "observed", "recalled", "commented", "pointed", "concluded", "concludes",
        "reaffirmed", "reaffirms", "vowed", "vows", "read", "reads", "highlighted", "highlights", "mentioned", "mentions",
        "underlines", "underscores",
    ]
    /// Every verb that frames a quote.
    static let quoteVerbs: Set<String> = verbs.union(clauseVerbs)
    /// Words that make a sentence worth parsing for statements: the speech verbs and `according`.
    static let cues: Set<String> = quoteVerbs.union(["according", "quoted", "quoting", "cited", "citing"])

    /// Whether the word at `verb` reports speech outside quotes: a speech
    /// verb, or a verb of ``clauseVerbs`` followed by `that` (within ten
    /// words) or closing its clause (`…, he warned.`).
    static func reportsSpeech(_ folded: [String], at verb: Int) -> Bool {
        if requestVerbs.contains(folded[verb]) { return !isImpersonal(folded, at: verb) && folded[(verb + 1)..<min(folded.count, verb + 6)].contains("for") }
        let isVerb = verbs.contains(folded[verb])
        guard isVerb || clauseVerbs.contains(folded[verb]), !isImpersonal(folded, at: verb) else { return false }
        // `the operation, described as targeted`: a participle right before `as` describes and reports nothing.
        if verb + 1 < folded.count, folded[verb + 1] == "as" { return false }
        if isVerb { return true }
        return hasThat(folded, after: verb) || closesClause(folded, at: verb) || claimsDeed(folded, at: verb) || opensClause(folded, after: verb)
    }

    /// `X claimed the new drones were first used …`, `X warned they would respond`: a clause without `that`,
    /// a noun phrase or pronoun and then an auxiliary within a few words.
    static func opensClause(_ folded: [String], after verb: Int) -> Bool {
        guard verb + 2 < folded.count, clauseStarters.contains(folded[verb + 1]) else { return false }
        for word in folded[(verb + 2)..<min(folded.count, verb + 8)] {
            if VerbTable.finiteAuxiliaries.contains(word) { return true }
            if word == "," || word == "." || word == "that" { return false }
        }
        return false
    }

    static let clauseStarters: Set<String> = ["the", "a", "an", "it", "they", "he", "she", "we", "its", "their", "his", "her", "this", "these", "those"]

    /// `Kyiv has asked Berlin for more IRIS-T systems`: a request, with `for` after who was asked.
    static let requestVerbs: Set<String> = ["asked", "asks", "requested", "requests"]

    /// Speech verbs that name no one's words: a passive (`It is said to be`,
    /// `soldiers were reported killed`) or a free relative (`what officials said was`).
    static func isImpersonal(_ folded: [String], at verb: Int) -> Bool {
        if verb > 0, ["is", "are", "was", "were", "be", "been", "being"].contains(folded[verb - 1]) { return true }
        return folded[max(0, verb - 3)..<verb].contains("what")
    }

    /// `The AA claimed to have killed 10 soldiers`, `JNIM has claimed an attack on a convoy`, `claimed responsibility
    /// for the strike`: a claim of a deed of one's own.
    static func claimsDeed(_ folded: [String], at verb: Int) -> Bool {
        guard verb + 2 < folded.count, ["claimed", "claims", "claim"].contains(folded[verb]) || folded[verb + 1] == "to" else { return false }
        if folded[verb + 1] == "to" { return folded[verb + 2] == "have" }
        if folded[verb + 1] == "responsibility" { return folded[verb + 2] == "for" }
        // (`claimed an armed attack`: one modifier may stand before the noun.)
        guard ["an", "the", "a"].contains(folded[verb + 1]) else { return false }
        return VerbTable.attackNouns.contains(folded[verb + 2]) || (verb + 3 < folded.count && VerbTable.attackNouns.contains(folded[verb + 3]))
    }

    /// Whether `that` follows the verb at `verb` within ten words.
    static func hasThat(_ folded: [String], after verb: Int) -> Bool {
        folded[(verb + 1)..<min(folded.count, verb + 11)].contains("that")
    }

    /// `…, X warned.` / `…, warned the ministry, adding`: a comma before the
    /// verb's short frame and the clause's end after it.
    static func closesClause(_ folded: [String], at verb: Int) -> Bool {
        let before = folded[max(0, verb - 6)..<verb]
        guard before.contains(",") else { return false }
        guard let end = folded[(verb + 1)...].firstIndex(where: { $0 == "," || $0 == "." }) else { return verb + 5 >= folded.count }
        return end - verb <= 5
    }
    /// Speech verbs that do not report their subject's words when one of these follows
    /// (`X accused of attacking`, `X has been accused by Y of supplying`).
    static let notSpeechBefore: [String: Set<String>] = ["accused": ["of", "by"], "accuses": ["of", "by"], "called": ["by"]]
    /// Whether the speech verb at `verb` of `folded` reports its subject's words.
    static func reportsSubject(_ folded: [String], at verb: Int) -> Bool {
        guard verb + 1 < folded.count, let blocked = notSpeechBefore[folded[verb]] else { return true }
        return !blocked.contains(folded[verb + 1])
    }
    /// Nouns for documents whose author is the speaker (`the report`, `the notice`).
    static let sourceNouns: Set<String> = ["report", "notice", "statement", "release", "letter", "document", "communique", "memo", "filing", "briefing"]
    /// People and groups outside any state body: an actor's name before one of
    /// these (`a Sudanese doctors' group`, `Ukrainian military bloggers`) does not speak.
    static let privateSpeakers: Set<String> = [
        "group", "groups", "doctors", "medics", "bloggers", "blogger", "residents", "witnesses", "analysts", "analyst",
        "experts", "expert", "journalists", "journalist", "activists", "activist", "volunteers", "commentators", "observers",
        "eyewitnesses", "relatives", "families", "survivors", "users",
    ]
    /// Words that start a date phrase after `on`.
    static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that continue a date phrase (`on Tuesday afternoon`).
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]
}

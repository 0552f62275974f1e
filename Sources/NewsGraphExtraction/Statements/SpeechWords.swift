/// Words of the reporting frame, as data.
enum SpeechWords {
    /// Verbs that report speech.
    static let verbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
        "announces", "insisted", "insists", "confirmed", "confirms", "noted", "notes", "wrote", "declared", "argued",
        "accused", "accuses", "called", "saying", "reported", "reports", "explained", "acknowledged", "denied", "denies",
    ]
    /// Words that make a sentence worth parsing for statements: the speech verbs and `according`.
    static let cues: Set<String> = verbs.union(["according", "quoted", "quoting", "cited", "citing"])
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
    /// Words that start a date phrase after `on`.
    static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that continue a date phrase (`on Tuesday afternoon`).
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]
}

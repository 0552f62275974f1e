import NewsGraphCore

extension StatementReader {
    /// Reads reported speech in a sentence, outside quotes.
    mutating func reported(_ sentence: Int) {
        if saidBefore(sentence) { return }
        let folded = document.folded[sentence]
        let according = (0..<max(0, folded.count - 1)).first(where: { folded[$0] == "according" && folded[$0 + 1] == "to" && !used[sentence].contains($0) })
        // (`Sharif reaffirmed that …, according to a statement from his office`: a source owned by a pronoun is the
        // speaker's own, and the speech verb names the speaker.)
        if let according, !isOwnSource(sentence, at: according), !hasSpeakerOfItsOwn(sentence, before: according),
            !hasSpeakerOfItsOwn(sentence, after: according), accordingTo(sentence, at: according)
        {
            return
        }
        if let quoted = folded.firstIndex(of: "quoted"), !used[sentence].contains(quoted), quotedAsSaying(sentence, at: quoted) { return }
        // `CLAUSE (… confirmed the deaths), she added.`: a pronoun's frame that closes the sentence reports all of it,
        // so it comes first.
        let verbs = folded.indices.filter { SpeechWords.reportsSpeech(folded, at: $0) }
        let closing = { (verb: Int) in
            verb >= 2 && folded[verb - 2] == "," && ["he", "she", "they"].contains(folded[verb - 1]) && SpeechWords.closesClause(folded, at: verb)
        }
        let ordered = verbs.filter(closing) + verbs.filter { !closing($0) }
        for verb in ordered where !used[sentence].contains(verb) && document.mentionPosition(at: verb, in: sentence) == nil
            && SpeechWords.reportsSubject(folded, at: verb)
        {
            if verb > 0, ["the", "a", "final", "their", "its", "his", "her", "no", "any", "some", "last", "greater", "more"].contains(folded[verb - 1]) { continue }
            // (`became nuclear-armed states`: a form that is also a plural noun, after a plain word, is the noun.)
            if verb > 0, Self.pluralNounForms.contains(folded[verb]), document.tokens(sentence)[verb - 1].kind == .word,
                document.mention(at: verb - 1, in: sentence) == nil, !folded[verb - 1].hasSuffix("ly"),
                !["he", "she", "it", "they", "also", "which", "who", "that"].contains(folded[verb - 1])
            {
                continue
            }
            if folded[verb] == "called", verb + 1 < folded.count, !["the", "it", "a", "an", "on", "for", "him", "her", "them"].contains(folded[verb + 1]) { continue }
            if reportedAround(sentence, verb: verb) || reportedAfter(sentence, verb: verb) || reportedBefore(sentence, verb: verb) {
                // `X said A, while Y said B`: the second speaker's words are a statement of their own.
                if let second = contrastingReport(sentence, after: verb) { _ = reportedBefore(sentence, verb: second.verb) }
                return
            }
        }
        if let according, accordingTo(sentence, at: according) { return }
        _ = reportedFromTree(sentence)
    }

    /// Whether the source after `according to` at `a` is a document of a pronoun's owner (`a statement from his office`,
    /// `its newsletter Al-Naba`),
    /// named by no actor, in a sentence whose speech verb comes before it.
    private func isOwnSource(_ sentence: Int, at a: Int) -> Bool {
        let folded = document.folded[sentence]
        var end = a + 2
        while end < folded.count, folded[end] != "," && folded[end] != "." { end += 1 }
        guard folded[(a + 2)..<end].contains(where: { ["his", "her", "their", "its"].contains($0) }) else { return false }
        let named = document.mentions[sentence].contains { $0.type == .actor && $0.tokens.lowerBound >= a + 2 && $0.tokens.lowerBound < end }
        return !named && (0..<a).contains { SpeechWords.reportsSpeech(folded, at: $0) }
    }

    /// Speech verbs whose passive, after `This was`, gives the speaker of the sentences before.
    static let passiveSpeechVerbs: Set<String> = ["reported", "stated", "announced", "said", "written", "noted", "declared", "confirmed"]

    /// `… the Russian army attacked Nikopol. This was announced by the head of the regional administration, Serhiy Lysak.`:
    /// the sentences before, back to the start of their paragraph (three at most), are the words of the agent.
    private mutating func saidBefore(_ sentence: Int) -> Bool {
        let folded = document.folded[sentence]
        var verb = 2
        if folded.count > 3, folded[1] == "has", folded[2] == "been" { verb = 3 }
        guard sentence > 0, folded.count > verb + 2, folded[0] == "this" || folded[0] == "that",
            verb == 3 || folded[1] == "was" || folded[1] == "is", Self.passiveSpeechVerbs.contains(folded[verb]), folded[verb + 1] == "by",
            !statements.contains(where: { $0.sentence == sentence - 1 }),
            let speaker = speakers.speaker(in: verb + 2..<folded.count, of: sentence, near: verb + 2)
        else { return false }
        var first = sentence - 1
        while first > 0, sentence - first < 3, !document.document.opensParagraph(first), !document.skipped.contains(first - 1) { first -= 1 }
        let said = (first..<sentence).filter { !document.skipped.contains($0) && !document.tokens($0).isEmpty }
        guard let last = said.last, let start = said.first else { return false }
        let range = document.document.sentences[start].range.lowerBound..<document.document.sentences[last].range.upperBound
        var text = document.document.text(in: range)
        if let end = text.last, end == "." { text.removeLast() }
        emit(speaker, text: text, kind: "reported", sentence: start, range: range, frame: 0..<0)
        speakers.record(speaker, sentence: sentence, frame: verb + 2..<folded.count)
        return true
    }

    /// The countries joined to a country speaker by `and` among tokens `range` (`the Japanese and South Korean governments`).
    private func joinedSpeakers(_ speaker: Mention, in range: Range<Int>, of sentence: Int) -> [Mention] {
        guard speaker.isCountry else { return [] }
        let folded = document.folded[sentence]
        return document.mentions[sentence].filter { other in
            guard other.isCountry, other.entity != speaker.entity, !other.entity.isEmpty, range.contains(other.tokens.lowerBound) else { return false }
            let (first, second) = other.tokens.lowerBound < speaker.tokens.lowerBound ? (other, speaker) : (speaker, other)
            return Array(folded[first.tokens.upperBound..<second.tokens.lowerBound]) == ["and"]
        }
    }

    /// Speech verbs in the third person that are also plural nouns (`member states`, `media reports`).
    static let pluralNounForms: Set<String> = ["states", "reports", "notes", "claims", "calls"]

    /// `…, while Defence Minister Jana Cernochova said …`: a comma and a contrasting conjunction after token `from`, then
    /// within a few words a named actor and its speech verb.
    func contrastingReport(_ sentence: Int, after from: Int) -> (comma: Int, verb: Int)? {
        let folded = document.folded[sentence]
        guard let comma = (from..<max(from, folded.count - 3)).first(where: { folded[$0] == "," && ["while", "whereas", "but"].contains(folded[$0 + 1]) }),
            let verb = (comma + 3..<min(folded.count, comma + 12)).first(where: { SpeechWords.reportsSpeech(folded, at: $0) })
        else { return nil }
        // (`Jana Cernochova (ODS) said`: a party's acronym in parentheses may follow the name.)
        var end = verb
        if folded[verb - 1] == ")", let open = (comma + 2..<verb).last(where: { folded[$0] == "(" }) { end = open }
        guard let speaker = document.mention(at: end - 1, in: sentence), speaker.type == .actor, !speaker.entity.isEmpty,
            speaker.tokens.upperBound == end
        else { return nil }
        return (comma, verb)
    }

    /// Whether a named actor's speech verb with `that` comes before `according to` at `a` (`The company reported that
    /// the ship had sustained damage …, according to the Central Command release`): the actor spoke, and the source
    /// only passes the words on.
    private func hasSpeakerOfItsOwn(_ sentence: Int, before a: Int) -> Bool {
        let folded = document.folded[sentence]
        return (1..<max(1, a - 2)).contains { verb in
            guard folded[verb + 1] == "that", SpeechWords.reportsSpeech(folded, at: verb),
                let speaker = document.mention(at: verb - 1, in: sentence)
            else { return false }
            return speaker.type == .actor && speaker.tokens.upperBound == verb
        }
    }

    /// Whether the clause after a sentence's opening `according to X,` at `a` is an actor's speech
    /// (`According to al-Mayadeen, Mohammad Ali al-Houthi said that …`): that actor spoke, and the source passes it on.
    private func hasSpeakerOfItsOwn(_ sentence: Int, after a: Int) -> Bool {
        let folded = document.folded[sentence]
        guard a <= 1, let comma = (a + 2..<folded.count).first(where: { folded[$0] == "," }),
            let speaker = document.mention(at: comma + 1, in: sentence), speaker.type == .actor, speaker.tokens.lowerBound == comma + 1
        else { return false }
        let verb = speaker.tokens.upperBound
        return verb < folded.count && SpeechWords.reportsSpeech(folded, at: verb)
    }

    /// Words that continue a sentence after an attribution without being what was said (`…, the army said,
    /// adding that …`).
    static let attributionFollowers: Set<String> = ["adding", "saying", "citing", "and", "but", "while", "as", "although", "though", "according"]

    /// `The strike, the Israeli army said, killed 10 fighters.`: an attribution between commas inside the
    /// clause it reports; the words are the clause without it.
    private mutating func reportedAround(_ sentence: Int, verb: Int) -> Bool {
        let folded = document.folded[sentence]
        guard verb + 4 < folded.count, folded[verb + 1] == ",", !Self.attributionFollowers.contains(folded[verb + 2]),
            let comma = (max(1, verb - 7)..<verb).last(where: { folded[$0] == "," }), comma >= 1, comma <= 10,
            !folded[0..<comma].contains(","), !folded[0..<comma].contains(where: { SentenceView.clauseWords.contains($0) }),
            !Self.frameOpeners.contains(folded[0])
        else { return false }
        let speakerRange = comma + 1..<verb
        guard !speakerRange.isEmpty, !speakerRange.contains(where: { SentenceView.clauseWords.contains(folded[$0]) }),
            containsSpeaker(sentence, speakerRange), let speaker = speakers.speaker(in: speakerRange, of: sentence, near: verb)
        else { return false }
        var end = folded.count
        if document.tokens(sentence)[end - 1].kind == .punctuation { end -= 1 }
        guard end - (verb + 2) >= 3 else { return false }
        let text = document.text(sentence, 0..<comma) + " " + document.text(sentence, verb + 2..<end)
        emit(speaker, text: text, kind: "reported", sentence: sentence, range: scalars(sentence, 0..<end), frame: comma..<(verb + 2))
        return true
    }

    /// `CLAUSE, X said (on Monday).` and `CLAUSE, said the report, adding that …`.
    private mutating func reportedAfter(_ sentence: Int, verb: Int) -> Bool {
        let folded = document.folded[sentence]
        var comma = verb - 1
        while comma >= 0, folded[comma] != ",", verb - comma <= 12 { comma -= 1 }
        // The words before the comma must be a clause, not a frame such as `In a statement,`.
        guard comma >= 5, folded[comma] == "," else { return false }
        // `In an interview on TF1, Macron said that …`: what follows the verb is what was said.
        if verb + 1 < folded.count, folded[verb + 1] == ":" || document.tokens(sentence)[verb + 1].kind == .quote { return false }
        if let that = (verb + 1..<min(folded.count, verb + 6)).first(where: { folded[$0] == "that" }), !folded[verb + 1..<that].contains(","), frameOnly(sentence, verb + 1..<that) { return false }
        // `In a press briefing on Tuesday, X said …`: a frame of one phrase before the comma is no clause.
        if Self.frameOpeners.contains(folded[0]), !folded[0..<comma].contains(",") { return false }
        // `Expressing his views at the occasion, X said …`: a participle's phrase before the comma is no clause either.
        if folded[0].hasSuffix("ing"), folded[0].count > 4, document.tokens(sentence)[0].isCapitalized, !folded[0..<comma].contains(","),
            !folded[1..<comma].contains(where: { VerbTable.finiteAuxiliaries.contains($0) })
        {
            return false
        }
        var speakerRange = comma + 1..<verb
        // (`An analyst in the region, Mr. Zagazola Makama, disclosed, yesterday, that …` reports what follows.)
        if speakerRange.isEmpty, !SpeechWords.hasThat(folded, after: verb), let setOff = speakerSetOff(sentence, before: comma) {
            (comma, speakerRange) = setOff
        }
        if speakerRange.contains(where: { SentenceView.clauseWords.contains(folded[$0]) }) { return false }
        if speakerRange.isEmpty, isApposition(sentence, before: comma) { return false }
        // `It is noteworthy that on February 6, X announced …`: a `that` and a frame before the comma open the clause
        // the verb reports; they close none.
        if let that = folded[0..<comma].lastIndex(of: "that"), that + 1 < comma, Self.frameOpeners.contains(folded[that + 1]),
            frameOnly(sentence, that + 1..<comma)
        {
            return false
        }
        var end = verb + 1
        if speakerRange.isEmpty || !containsSpeaker(sentence, speakerRange) {
            // (`X, the armed wing of Y, said it fired rockets`: a pronoun after the verb starts what was said.)
            if verb + 1 < folded.count, ["it", "he", "she", "they", "we", "i"].contains(folded[verb + 1]) { return false }
            while end < folded.count, folded[end] != "," && folded[end] != "." { end += 1 }
            // `…, said the report.`: a short speaker that ends the clause; `…, said Michael Knights of the
            // Washington Institute for Near East Policy.`: a person and where the person works.
            if end - verb <= 6 {
                speakerRange = verb + 1..<end
            } else if let person = document.mention(at: verb + 1, in: sentence), person.kind == "Person", person.tokens.lowerBound == verb + 1,
                ["of", "from", "at"].contains(folded[person.tokens.upperBound])
            {
                speakerRange = person.tokens
            } else {
                return false
            }
        }
        guard containsSpeaker(sentence, speakerRange), let speaker = speakers.speaker(in: speakerRange, of: sentence, near: verb) else { return false }
        let clause = 0..<comma
        let text = document.text(sentence, clause) + continuation(sentence, after: end)
        // (`…, the Japanese and South Korean governments said`: each of the speakers joined by `and` said it.)
        for other in [speaker] + joinedSpeakers(speaker, in: speakerRange, of: sentence) {
            emit(other, text: text, kind: "reported", sentence: sentence, range: scalars(sentence, clause), frame: comma..<folded.count)
        }
        return true
    }

    /// `…, the military governor of the region, Oleh Kiper, stated`, `…, Oleh Kiper, the governor, said`: a person's name
    /// set off by commas right before the verb, with an apposition before or after it, speaks; the words said end at
    /// the comma that opens the name and its apposition.
    private func speakerSetOff(_ sentence: Int, before comma: Int) -> (comma: Int, speaker: Range<Int>)? {
        let folded = document.folded[sentence]
        var segments: [Range<Int>] = []
        var end = comma
        while segments.count < 2 {
            var start = end - 1
            while start >= 0, folded[start] != ",", end - start <= 10 { start -= 1 }
            guard start >= 0, folded[start] == "," else { break }
            segments.append(start + 1..<end)
            end = start
        }
        let isPerson = { (range: Range<Int>) in
            // (A title may stand before the name: `Governor Oleh Kiper`.)
            document.mentions[sentence].contains { person in
                person.kind == "Person" && person.tokens.upperBound == range.upperBound && range.lowerBound <= person.tokens.lowerBound
                    && range.count - person.tokens.count <= 3
            } && !range.contains { SentenceView.clauseWords.contains(folded[$0]) }
        }
        // (`the governor`, `leader of the civilian administration`.)
        let isApposition = { (range: Range<Int>) in
            guard !range.isEmpty, !range.contains(where: { SentenceView.clauseWords.contains(folded[$0]) || folded[$0] == "and" }) else { return false }
            if ["the", "a", "an", "his", "her", "its"].contains(folded[range.lowerBound]) { return true }
            return document.mention(at: range.lowerBound, in: sentence).map { $0.role == .title && $0.tokens.lowerBound == range.lowerBound } ?? false
        }
        guard let last = segments.first else { return nil }
        let speaker: Range<Int>
        let opening: Int
        if isPerson(last) {
            speaker = last
            opening = (segments.count > 1 && isApposition(segments[1]) ? segments[1] : last).lowerBound - 1
        } else if segments.count > 1, isApposition(last), isPerson(segments[1]) {
            speaker = segments[1]
            opening = speaker.lowerBound - 1
        } else {
            return nil
        }
        // (`Chile's foreign minister, Alberto van Klaveren, criticised …`: a noun phrase before them is their subject.)
        let clause = folded[0..<max(0, opening)]
        guard opening >= 4, clause.contains(where: { Self.finiteVerbs.contains($0) || $0.hasSuffix("ed") }) else { return nil }
        return (opening, speaker)
    }

    /// `Oleksii Reznikov, Ukraine's defence minister, said …`: the words before the comma are a name that opens
    /// the sentence and its apposition, the subject of the verb after them rather than a clause it closes.
    private func isApposition(_ sentence: Int, before comma: Int) -> Bool {
        let folded = document.folded[sentence]
        var start = 0
        if start < folded.count, folded[start] == "the" { start += 1 }
        guard let head = document.mentions[sentence].first, head.tokens.lowerBound == start, head.type == .actor,
            head.tokens.upperBound < comma, folded[head.tokens.upperBound] == ","
        else { return false }
        let apposition = head.tokens.upperBound + 1..<comma
        // (`Hamas, the group that rules Gaza, said …`: a noun phrase with a relative clause in it.)
        return !apposition.isEmpty && !folded[apposition].contains(",")
            && (["the", "a", "an"].contains(folded[apposition.lowerBound]) || !apposition.contains { SentenceView.clauseWords.contains(folded[$0]) })
    }

    /// `X said (on Wednesday) (in a statement) (that) CLAUSE`.
    private mutating func reportedBefore(_ sentence: Int, verb: Int) -> Bool {
        let folded = document.folded[sentence]
        var speakerRange = subjectRange(sentence, before: verb)
        // `The Al-Qassam Brigades, the armed wing of Hamas, said`: the name before the apposition speaks.
        if verb >= 1, folded[verb - 1] == ",",
            let head = document.mentions[sentence].first(where: { speakerRange.contains($0.tokens.lowerBound) && $0.type == .actor }),
            head.tokens.upperBound + 1 < verb, folded[head.tokens.upperBound] == ",", ["the", "a", "an"].contains(folded[head.tokens.upperBound + 1])
        {
            speakerRange = speakerRange.lowerBound..<head.tokens.upperBound
        }
        guard !speakerRange.isEmpty, let speaker = speakers.speaker(in: speakerRange, of: sentence, near: verb) else { return false }
        // (`…, health officials said, while tanks deepened …`: a verb that closes its clause says nothing after it.)
        if verb + 2 < folded.count, folded[verb + 1] == ",", ["while", "as", "although", "though", "but", "whereas"].contains(folded[verb + 2]) { return false }
        var start = verb + 1
        var request = false
        // `X warned that …`: these verbs report only a `that` clause here.
        if SpeechWords.clauseVerbs.contains(folded[verb]), !SpeechWords.hasThat(folded, after: verb), !SpeechWords.claimsDeed(folded, at: verb) { return false }
        if let that = (start..<min(folded.count, start + 10)).first(where: { folded[$0] == "that" }), frameOnly(sentence, start..<that) {
            start = that + 1
        } else if SpeechWords.requestVerbs.contains(folded[verb]) {
            // `asked Berlin for more IRIS-T systems`: what was asked for, after whom.
            guard let asked = document.mention(at: start, in: sentence), asked.isEntity, asked.tokens.upperBound < folded.count,
                folded[asked.tokens.upperBound] == "for"
            else { return false }
            start = asked.tokens.upperBound
            request = true
        } else if ["told", "tells", "tell"].contains(folded[verb]), start < folded.count, !["reporters", "journalists"].contains(folded[start]) {
            // `X told Breaking Defense the deal is not dead`: the words said follow the name of who was told;
            // `X told the journalist of Y on Tuesday.`: who was told is no words said.
            guard let told = document.mention(at: start, in: sentence), told.isEntity else { return false }
            start = skipFrame(sentence, from: told.tokens.upperBound)
        } else {
            start = skipFrame(sentence, from: start)
        }
        var end = folded.count
        if end > start, document.tokens(sentence)[end - 1].kind == .punctuation { end -= 1 }
        // A request ends with what is asked for (`for more IRIS-T systems, as …`).
        if request, let comma = (start..<end).first(where: { folded[$0] == "," }) { end = comma }
        // (`…, according to a statement from his office`: the source closes the words.)
        if let comma = (start..<max(start, end - 2)).first(where: { folded[$0] == "," && folded[$0 + 1] == "according" && folded[$0 + 2] == "to" }) {
            end = comma
        }
        if let second = contrastingReport(sentence, after: start), second.comma < end { end = second.comma }
        guard Self.isEnoughSaid(Array(folded[start..<end]), reported: true) else { return false }
        // (`…, said an official statement.`: a document after the verb is who speaks, not what is said.)
        if end - start <= 4, SpeechWords.sourceNouns.contains(folded[end - 1]) { return false }
        var text = document.text(sentence, start..<end)
        // `criticised the vote and called on the council to act`: one statement, without the second frame verb.
        if let and = (start..<end - 1).first(where: { folded[$0] == "and" && (SpeechWords.quoteVerbs.contains(folded[$0 + 1])) }), and + 2 < end {
            text = document.text(sentence, start..<and + 1) + " " + document.text(sentence, and + 2..<end)
        }
        emit(speaker, text: text, kind: "reported", sentence: sentence, range: scalars(sentence, start..<end), frame: speakerRange.lowerBound..<start)
        return true
    }

    /// Where to look for the subject of a speech verb: back to the clause start,
    /// over relative clauses; for `X thanked … and said`, the sentence's subject.
    private func subjectRange(_ sentence: Int, before verb: Int) -> Range<Int> {
        let folded = document.folded[sentence]
        if verb >= 1, folded[verb - 1] == "and" || folded[verb - 1] == "but" || (verb >= 2 && folded[verb - 1] == "," && folded[verb] == "saying") {
            let mentions = document.mentions[sentence]
            let pronounAtStart = ["he", "she", "it", "they"].contains(folded[0])
            guard !pronounAtStart, let first = mentions.firstIndex(where: { $0.type == .actor || $0.role == .title }) else { return 0..<(pronounAtStart ? 1 : 0) }
            var end = mentions[first].tokens.upperBound
            // `Lebanon's prime minister, Najib Mikati, condemned … and called …`: the person in the subject.
            if let person = mentions.first(where: { $0.kind == "Person" && $0.isEntity && $0.tokens.upperBound <= verb && $0.tokens.lowerBound <= end + 6 }) {
                return 0..<person.tokens.upperBound
            }
            // `Taiwan's Presidential Office`: the possessor's body is the subject.
            if end < folded.count, document.tokens(sentence)[end].kind == .possessive, first + 1 < mentions.count, mentions[first + 1].tokens.lowerBound == end + 1 {
                end = mentions[first + 1].tokens.upperBound
            }
            return 0..<min(verb, end)
        }
        // `The group, which has fired missiles at Israel, says …`: the subject is before the relative clause.
        var end = verb
        if verb >= 1, folded[verb - 1] == ",",
            let relative = (0..<verb - 1).last(where: { folded[$0] == "," && ["which", "who"].contains(folded[$0 + 1]) })
        {
            end = relative
        }
        var start = end - 1
        while start >= 0, folded[start] != ";", folded[start] != ":", document.tokens(sentence)[start].kind != .quote { start -= 1 }
        return (start + 1)..<end
    }

    /// Whether the words between a speech verb and `that` are only frame (`on Wednesday`, `in a statement`).
    /// Whether the words between a speech verb and `that` are only its frame
    /// (`on Monday`, `in a statement`), not a clause of the words said
    /// (`insisted it is Russia alone that …`).
    private func frameOnly(_ sentence: Int, _ range: Range<Int>) -> Bool {
        let folded = document.folded[sentence]
        return range.count <= 8 && range.allSatisfy { document.tokens(sentence)[$0].kind != .quote && !Self.finiteVerbs.contains(folded[$0]) }
    }

    /// Words that open a phrase framing a sentence (`In a briefing,`, `When the sale was announced,`).
    static let frameOpeners: Set<String> = ["in", "on", "at", "during", "after", "before", "when", "while", "as", "following", "amid", "since", "with", "speaking", "asked"]

    /// Verbs that make a clause of the words they stand in.
    static let finiteVerbs: Set<String> = ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did"]

    /// Skips `on Wednesday`, `in a statement (to X)`, `reporters`, `told reporters` after the verb.
    private func skipFrame(_ sentence: Int, from start: Int) -> Int {
        let folded = document.folded[sentence]
        var i = start
        while i < folded.count {
            if folded[i] == "on", i + 1 < folded.count, SpeechWords.dayWords.contains(folded[i + 1]) {
                i += 2
                if i < folded.count, SpeechWords.dayParts.contains(folded[i]) { i += 1 }
            } else if folded[i] == "in", i + 2 < folded.count, ["a", "an", "the"].contains(folded[i + 1]), SpeechWords.sourceNouns.contains(folded[i + 2]) {
                i += 3
            } else if ["reporters", "journalists", ","].contains(folded[i]) {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// `according to X, CLAUSE` and `CLAUSE, according to X`; false where no speaker is named.
    private mutating func accordingTo(_ sentence: Int, at a: Int) -> Bool {
        let folded = document.folded[sentence]
        var end = a + 2
        while end < folded.count, folded[end] != "," && folded[end] != "." { end += 1 }
        // `according to UN spokesperson, Stephane Dujarric.`: the person in apposition to the title.
        if end + 1 < folded.count, folded[end] == ",", let person = document.mention(at: end + 1, in: sentence), person.kind == "Person",
            person.tokens.lowerBound == end + 1, person.tokens.upperBound == folded.count || [".", ","].contains(folded[person.tokens.upperBound])
        {
            end = person.tokens.upperBound
        }
        guard let speaker = speakers.speaker(in: a + 2..<end, of: sentence, near: a + 2) else { return false }
        var clause: Range<Int>
        if a <= 1 {
            var to = folded.count
            if to > end + 1, document.tokens(sentence)[to - 1].kind == .punctuation { to -= 1 }
            clause = min(end + 1, to)..<to
        } else {
            clause = 0..<(folded[a - 1] == "," ? a - 1 : a)
        }
        if clause.isEmpty { return true }
        emit(speaker, text: document.text(sentence, clause), kind: "reported", sentence: sentence, range: scalars(sentence, clause), frame: a..<end)
        return true
    }

    /// `The report by Defense News quoted a US Defense Department official as saying that …`.
    private mutating func quotedAsSaying(_ sentence: Int, at q: Int) -> Bool {
        let folded = document.folded[sentence]
        guard let saying = (q + 1..<folded.count).first(where: { folded[$0] == "saying" }), saying >= q + 2, folded[saying - 1] == "as" else { return false }
        guard let speaker = speakers.speaker(in: q + 1..<saying - 1, of: sentence, near: q + 1) else { return false }
        let outlet = document.mentions[sentence].last { $0.tokens.upperBound <= q && $0.type == .actor && !$0.entity.isEmpty }
        var start = saying + 1
        if start < folded.count, folded[start] == "that" { start += 1 }
        var end = folded.count
        if end > start, document.tokens(sentence)[end - 1].kind == .punctuation { end -= 1 }
        guard end > start else { return false }
        emit(speaker, text: document.text(sentence, start..<end), kind: "reported", sentence: sentence, range: scalars(sentence, start..<end), frame: 0..<start, reportedBy: outlet)
        return true
    }
}

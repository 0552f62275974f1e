import NewsGraphCore
import NewsGraphSyntax

/// The arguments of a verb as the dependency tree gives them.
struct TreeFrame {
    /// Who does it: the subject, or the `by` agent of a passive.
    var subjects: [Mention] = []
    /// Objects and obliques, each with its preposition (nil for a direct or indirect object).
    var objects: [ClauseReader.Argument] = []
    /// What a passive is done to (its grammatical subject).
    var patients: [Mention] = []
    var passive = false
    /// Every mention inside the objects' and obliques' phrases (`struck structures used by Hamas in Shati`:
    /// Hamas and Shati), each with the preposition of the phrase it is in.
    var phraseObjects: [ClauseReader.Argument] = []
}

extension ClauseReader {
    /// Relations that carry a verb's subject and agent.
    static let subjectRelations: Set<String> = ["nsubj", "csubj", "nsubj:outer"]
    static let patientRelations: Set<String> = ["nsubj:pass", "csubj:pass"]
    /// Relations of a verb's dependents that are arguments after it.
    static let objectRelations: Set<String> = ["obj", "iobj", "obl", "obl:unmarked", "obl:npmod", "obl:tmod", "ccomp", "xcomp"]
    /// Relations through which a verb without a subject takes its head's (`agreed to supply`, `attacked and killed`).
    static let sharedSubjectRelations: Set<String> = ["conj", "xcomp", "advcl"]
    static let relativePronouns: Set<String> = ["which", "who", "whom", "that", "whose"]

    /// The arguments of the verb at token `t` read from the sentence's tree; nil when it was not parsed.
    func treeFrame(of t: Int) -> TreeFrame? {
        guard let syntax = view.syntax, syntax.isParsed, t < syntax.wordsOfToken.count, !syntax.wordsOfToken[t].isEmpty else { return nil }
        let verb = syntax.wordsOfToken[t].upperBound - 1
        var frame = TreeFrame()
        frame.passive = syntax.dependents[verb].contains { Self.patientRelations.contains(syntax.relations[$0]) || syntax.relations[$0] == "aux:pass" }
        for dependent in syntax.dependents[verb] {
            let relation = syntax.relations[dependent]
            if Self.subjectRelations.contains(relation) {
                frame.subjects += mentions(of: dependent, in: syntax)
            } else if Self.patientRelations.contains(relation) {
                frame.patients += mentions(of: dependent, in: syntax)
            } else if relation == "obl:agent" {
                frame.subjects += mentions(of: dependent, in: syntax)
            } else if Self.objectRelations.contains(relation) || relation.hasPrefix("obl") {
                let preposition = self.preposition(of: dependent, in: syntax)
                if relation == "ccomp" || relation == "xcomp" { continue }
                for mention in mentions(of: dependent, in: syntax) {
                    frame.objects.append(Argument(mention: mention, preposition: preposition))
                }
                for mention in phraseMentions(of: dependent, in: syntax) {
                    frame.phraseObjects.append(Argument(mention: mention, preposition: preposition))
                }
            }
        }
        let relation = syntax.heads[verb] >= 0 ? syntax.relations[verb] : "root"
        let head = syntax.heads[verb]
        if relation == "acl:relcl", head >= 0 {
            // `Russia, which supplied the drones`: the relative pronoun stands for the noun.
            let antecedent = mentions(of: head, in: syntax)
            let pronounSubject = syntax.dependents[verb].contains {
                Self.subjectRelations.contains(syntax.relations[$0]) || Self.patientRelations.contains(syntax.relations[$0])
            }
            if frame.passive {
                if frame.patients.isEmpty || pronounSubject { frame.patients = antecedent }
            } else if frame.subjects.isEmpty || !pronounSubject {
                frame.subjects = antecedent
            } else if frame.subjects.allSatisfy({ $0.sentence == view.index && Self.relativePronouns.contains(view.folded[$0.tokens.lowerBound]) }) {
                frame.subjects = antecedent
            } else {
                frame.objects += relativeObjects(of: verb, antecedent: antecedent, in: syntax)
            }
        } else if relation == "acl", head >= 0 {
            // `drones supplied by Iran` (a past participle) or `forces using drones`.
            if syntax.xpos[verb] == "VBN" {
                frame.passive = true
                frame.patients = mentions(of: head, in: syntax)
            } else if frame.subjects.isEmpty {
                frame.subjects = mentions(of: head, in: syntax)
            }
        } else if frame.subjects.isEmpty, !frame.passive || frame.patients.isEmpty {
            var word = verb
            var steps = 0
            while frame.subjects.isEmpty, steps < 4, syntax.heads[word] >= 0, Self.sharedSubjectRelations.contains(syntax.relations[word]) {
                let up = syntax.heads[word]
                if syntax.relations[word] == "advcl", syntax.dependents[word].contains(where: { syntax.relations[$0] == "mark" }) { break }
                // `X reported one dead after a drone struck a vehicle`: who reports does not do what is reported.
                if SpeechWords.quoteVerbs.contains(view.folded[syntax.tokenOfWord[up]]) { break }
                frame.subjects = syntax.dependents[up].filter { Self.subjectRelations.contains(syntax.relations[$0]) }
                    .flatMap { mentions(of: $0, in: syntax) }
                word = up
                steps += 1
            }
        }
        // `A Turkish drone strike hit the convoy`, `a drone attack launched by the RSF struck the airport`:
        // an attack or weapon as subject stands for the actor in its phrase.
        if !frame.passive, frame.subjects.allSatisfy({ $0.type == .weaponSystem }),
            let subject = syntax.dependents[verb].first(where: { Self.subjectRelations.contains(syntax.relations[$0]) }),
            VerbTable.attackNouns.contains(view.folded[syntax.tokenOfWord[subject]]) || !frame.subjects.isEmpty,
            let agent = actorInPhrase(of: subject, in: syntax)
        {
            frame.objects += frame.subjects.map { Argument(mention: $0, preposition: "with") }
            frame.subjects = [agent]
        }
        // `Haftar is believed to be backed by Egypt`: a passive complement takes its head's subject as patient.
        if frame.passive, frame.patients.isEmpty, syntax.relations[verb] == "xcomp", head >= 0 {
            frame.patients = syntax.dependents[head].filter { Self.subjectRelations.contains(syntax.relations[$0]) || Self.patientRelations.contains(syntax.relations[$0]) }
                .flatMap { mentions(of: $0, in: syntax) }
        }
        // A resolved pronoun may be a mention of an earlier sentence: its tokens are not this sentence's.
        frame.subjects = frame.subjects.filter { $0.sentence != view.index || !Self.relativePronouns.contains(view.folded[$0.tokens.lowerBound]) }
        return frame
    }

    /// What a relative clause with a subject of its own does to its noun: `the missiles that Iran fired at
    /// Israel` or `the missiles Iran fired` (no object but the noun), `the city on which the drones fell`.
    private func relativeObjects(of verb: Int, antecedent: [Mention], in syntax: SentenceSyntax) -> [Argument] {
        let arguments = syntax.dependents[verb].filter { Self.objectRelations.contains(syntax.relations[$0]) || syntax.relations[$0].hasPrefix("obl") }
        let pronoun = arguments.first { Self.relativePronouns.contains(view.folded[syntax.tokenOfWord[$0]]) && syntax.upos[$0] == "PRON" }
        if let pronoun { return antecedent.map { Argument(mention: $0, preposition: preposition(of: pronoun, in: syntax)) } }
        let hasObject = arguments.contains { ["obj", "ccomp", "xcomp"].contains(syntax.relations[$0]) }
        return hasObject ? [] : antecedent.map { Argument(mention: $0, preposition: nil) }
    }

    /// The preposition of an oblique: its `case` word (`to`, `against`), with a fixed second word (`according to`).
    func preposition(of word: Int, in syntax: SentenceSyntax) -> String? {
        guard let marker = syntax.dependents[word].first(where: { syntax.relations[$0] == "case" }) else { return nil }
        let fixed = syntax.dependents[marker].filter { syntax.relations[$0] == "fixed" }.map { syntax.forms[$0].lowercased() }
        return ([syntax.forms[marker].lowercased()] + fixed).joined(separator: " ")
    }

    /// The entity mentions a tree argument stands for: the mention on its head
    /// word, the one inside its phrase (`Russian forces` is Russia, `a wave of
    /// drones` the drones, `the port of Hodeidah` Hodeidah), a resolved pronoun,
    /// and the same for its conjuncts.
    func mentions(of word: Int, in syntax: SentenceSyntax, depth: Int = 0) -> [Mention] {
        var result: [Mention] = []
        if let own = mention(ofWord: word, in: syntax) {
            result.append(own)
        }
        guard depth < 3 else { return result }
        for conjunct in syntax.dependents[word] where syntax.relations[conjunct] == "conj" {
            result += mentions(of: conjunct, in: syntax, depth: depth + 1)
        }
        return result
    }

    /// The first actor named inside a word's phrase, national adjectives included (`Turkish drone strike`, `attack launched by the RSF`).
    func actorInPhrase(of word: Int, in syntax: SentenceSyntax) -> Mention? {
        var words: [Int] = [word]
        var index = 0
        while index < words.count {
            words += syntax.dependents[words[index]].filter { !["ccomp", "parataxis", "conj"].contains(syntax.relations[$0]) }
            index += 1
        }
        for token in Set(words.map { syntax.tokenOfWord[$0] }).sorted() {
            if let mention = view.mention(at: token), mention.type == .actor, mention.role != .generic { return mention }
        }
        return nil
    }

    /// Every mention in a word's phrase, in order, without clauses that report or complement it.
    func phraseMentions(of word: Int, in syntax: SentenceSyntax) -> [Mention] {
        var words: [Int] = [word]
        var seen: Set<Int> = [word]
        var index = 0
        while index < words.count {
            for dependent in syntax.dependents[words[index]]
            where !["ccomp", "parataxis", "advcl", "csubj"].contains(syntax.relations[dependent]) && seen.insert(dependent).inserted {
                words.append(dependent)
            }
            index += 1
        }
        var result: [Mention] = []
        var taken: Set<Int> = []
        for token in Set(words.map { syntax.tokenOfWord[$0] }).sorted() {
            guard let position = view.owner[token], taken.insert(position).inserted else { continue }
            let mention = view.mentions[position]
            if !isModifier(mention) { result.append(mention) }
        }
        return result
    }

    /// The one mention a word's phrase names, without its conjuncts.
    private func mention(ofWord word: Int, in syntax: SentenceSyntax) -> Mention? {
        let token = syntax.tokenOfWord[word]
        if let mention = view.mention(at: token) { return mention }
        if syntax.upos[word] == "PRON", Self.pronouns.contains(view.folded[token]) {
            return resolvePronoun(at: token)
        }
        // Inside the phrase: a name modifying the head, or what a noun of quantity counts.
        let inner: Set<String> = Self.quantityNouns.contains(view.folded[token])
            ? ["nmod"] : ["compound", "flat", "amod", "nmod", "appos", "nmod:poss", "nmod:desc"]
        for dependent in syntax.dependents[word] where inner.contains(syntax.relations[dependent]) {
            if syntax.relations[dependent] == "nmod", let preposition = preposition(of: dependent, in: syntax), preposition != "of" { continue }
            if syntax.relations[dependent] == "nmod:poss" {
                // `Russia's drones` are drones, not Russia; `Russia's military` is Russia.
                continue
            }
            if let mention = view.mention(at: syntax.tokenOfWord[dependent]) { return mention }
        }
        return nil
    }
}

extension ClauseReader {
    /// `Brown was in Abu Dhabi`: a place that is the predicate of `be` locates the subject.
    mutating func readCopularPlaces() {
        guard let syntax = view.syntax, syntax.isParsed else { return }
        for word in 0..<syntax.count {
            let token = syntax.tokenOfWord[word]
            guard let place = view.mention(at: token), place.type == .place,
                syntax.dependents[word].contains(where: { syntax.relations[$0] == "cop" }),
                let marker = preposition(of: word, in: syntax), ["in", "at"].contains(marker)
            else { continue }
            for subject in syntax.dependents[word] where syntax.relations[subject] == "nsubj" {
                for thing in mentions(of: subject, in: syntax) where thing.type != .place {
                    add(thing, .locatedIn, place, at: token)
                }
            }
        }
    }
}

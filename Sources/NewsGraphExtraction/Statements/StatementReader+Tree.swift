import NewsGraphCore
import NewsGraphSyntax

extension StatementReader {
    /// Relations that carry what a speech verb reports.
    static let contentRelations: Set<String> = ["ccomp", "parataxis"]

    /// Reported speech read from the sentence's tree: each speech verb with
    /// its subject as the speaker and its clausal complement as the words
    /// (`X said (that) CLAUSE`), or, where the verb hangs off the clause it
    /// reports (`CLAUSE, X said`), that clause without the verb's own words.
    /// False when the sentence has no tree or no such verb.
    mutating func reportedFromTree(_ sentence: Int) -> Bool {
        let folded = document.folded[sentence]
        let speech = folded.indices.contains { SpeechWords.reportsSpeech(folded, at: $0) && !used[sentence].contains($0) }
        guard speech, document.mentions[sentence].contains(where: { $0.isEntity && !$0.entity.isEmpty }),
            let syntax = document.syntax[sentence] ?? analyzer.map({ SentenceSyntax(parsing: document.document.sentences[sentence], with: $0) })
        else { return false }
        var found = false
        for verb in 0..<syntax.count where syntax.upos[verb] == "VERB" {
            let token = syntax.tokenOfWord[verb]
            guard SpeechWords.reportsSpeech(folded, at: token), !used[sentence].contains(token), SpeechWords.reportsSubject(folded, at: token) else { continue }
            var content: Set<Int> = []
            if let complement = syntax.dependents[verb].first(where: { syntax.relations[$0] == "ccomp" }) {
                content = subtree(complement, in: syntax)
            } else if ["parataxis", "advcl"].contains(syntax.relations[verb]), syntax.heads[verb] >= 0 {
                content = subtree(syntax.heads[verb], in: syntax).subtracting(subtree(verb, in: syntax))
            }
            var tokens = Set(content.map { syntax.tokenOfWord[$0] })
            tokens.subtract(used[sentence])
            guard var lower = tokens.min(), var upper = tokens.max().map({ $0 + 1 }) else { continue }
            if folded[lower] == "that" { lower += 1 }
            while upper > lower, document.tokens(sentence)[upper - 1].kind == .punctuation { upper -= 1 }
            guard upper - lower >= 3, let speaker = speakerOf(verb, in: syntax, sentence: sentence) else { continue }
            let frame = syntax.tokenOfWord[verb]..<(syntax.tokenOfWord[verb] + 1)
            let frameWords = subtree(verb, in: syntax).subtracting(content).map { syntax.tokenOfWord[$0] }
            let frameRange = (frameWords.min() ?? frame.lowerBound)..<((frameWords.max() ?? frame.lowerBound) + 1)
            emit(speaker, text: document.text(sentence, lower..<upper), kind: "reported", sentence: sentence,
                 range: scalars(sentence, lower..<upper), frame: frameRange)
            found = true
        }
        return found
    }

    /// The speaker of a speech verb: its subject, or for `… and said` the subject it shares.
    private mutating func speakerOf(_ verb: Int, in syntax: SentenceSyntax, sentence: Int) -> Mention? {
        var word = verb
        for _ in 0..<3 {
            if let subject = syntax.dependents[word].first(where: { ["nsubj", "nsubj:pass"].contains(syntax.relations[$0]) }) {
                let words = subtree(subject, in: syntax).filter { !Self.isClause(syntax.relations[$0]) }
                let tokens = words.map { syntax.tokenOfWord[$0] }
                guard let low = tokens.min(), let high = tokens.max() else { return nil }
                return speakers.speaker(in: low..<(high + 1), of: sentence, near: syntax.tokenOfWord[subject])
            }
            guard syntax.relations[word] == "conj", syntax.heads[word] >= 0 else { return nil }
            word = syntax.heads[word]
        }
        return nil
    }

    private static func isClause(_ relation: String) -> Bool { relation == "acl:relcl" }

    /// A word and everything below it.
    func subtree(_ word: Int, in syntax: SentenceSyntax) -> Set<Int> {
        var result: Set<Int> = [word]
        var stack = [word]
        while let top = stack.popLast() {
            for dependent in syntax.dependents[top] where result.insert(dependent).inserted { stack.append(dependent) }
        }
        return result
    }
}

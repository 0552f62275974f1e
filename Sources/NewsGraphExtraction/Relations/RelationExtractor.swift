import NewsGraphCore
import NewsGraphSyntax

/// Reads relations from each sentence: verbs and their arguments (active and
/// passive, lists, `supply Y with Z`), nouns (`attacks on`, `confrontation
/// between`, `Taiwan's backer`, `the maker of`), and modifiers (titles,
/// `Israeli-made`, `Taiwan's F-16s`, `the port city of Hodeidah`).
///
/// A sentence is parsed only when a verb of the verb table in it found no
/// subject or no object in the word sequence and the sentence names two
/// entities: then the tree reads those verbs' arguments (subjects through
/// relative clauses and coordination, objects far from the verb, passive
/// agents). Parsing only those sentences keeps extraction fast.
///
/// Needs: ``CoreferenceResolver``. Adds: ``AnnotatedDocument/facts``, and the
/// trees it made to ``AnnotatedDocument/syntax``.
struct RelationExtractor: ExtractionStage {
    let analyzer: SyntaxAnalyzer?
    let lexicon: Lexicon

    func run(_ document: inout AnnotatedDocument) {
        TitleBodies.add(to: &document, lexicon: lexicon)
        var discourse = Discourse()
        var personDeals: [Fact] = []
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let view = SentenceView(document, sentence)
            var reader = ClauseReader(view: view, discourse: discourse)
            reader.readVerbs()
            reader.readNouns()
            ModifierRules(view: view, all: document.mentions[sentence], document: document).read(into: &reader)
            if let analyzer, !reader.unfilled.isEmpty, view.mentions.count >= 2 {
                document.syntax[sentence] = document.syntax[sentence] ?? SentenceSyntax(parsing: document.document.sentences[sentence], with: analyzer)
                var tree = ClauseReader(view: SentenceView(document, sentence), discourse: discourse)
                tree.readTreeVerbs(reader.unfilled)
                tree.readCopularPlaces()
                reader.facts += tree.facts
                reader.personDeals += tree.personDeals
                reader.sentenceSubjects += tree.sentenceSubjects
            }
            reader.readContents()
            discourse.update(view, subjects: reader.sentenceSubjects, facts: reader.facts)
            document.facts += reader.facts
            personDeals += reader.personDeals
        }
        document.facts += PersonDeals.facts(personDeals, in: document)
        document.facts += KillingAttacks.facts(from: document.facts)
        document.facts += OpposingSides.facts(from: document.facts, entities: document.entities)
        document.facts += DirectionalRegions.facts(from: document.facts, entities: document.entities)
    }
}

import NewsGraphCore

/// Reads relations from each sentence: verbs and their arguments (active and
/// passive, lists, `supply Y with Z`), nouns (`attacks on`, `confrontation
/// between`, `Taiwan's backer`, `the maker of`), and modifiers (titles,
/// `Israeli-made`, `Taiwan's F-16s`, `the port city of Hodeidah`).
///
/// Needs: ``CoreferenceResolver``. Adds: ``AnnotatedDocument/facts``.
struct RelationExtractor: ExtractionStage {
    func run(_ document: inout AnnotatedDocument) {
        TitleBodies.add(to: &document)
        var discourse = Discourse()
        for sentence in document.mentions.indices where !document.skipped.contains(sentence) {
            let view = SentenceView(document, sentence)
            var reader = ClauseReader(view: view, discourse: discourse)
            reader.readVerbs()
            reader.readNouns()
            reader.readCopularPlaces()
            ModifierRules(view: view, all: document.mentions[sentence], document: document).read(into: &reader)
            discourse.update(view, subjects: reader.sentenceSubjects)
            document.facts += reader.facts
        }
    }
}

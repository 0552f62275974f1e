import NewsGraphSyntax

/// Tags and parses the sentences that can change the graph: those naming
/// two entities, or one entity and a speech cue (`said`, a quotation mark,
/// `according to`). Other sentences are neither tagged nor parsed, which
/// keeps extraction fast on text with few entities.
///
/// Needs: ``CoreferenceResolver``. Adds: ``AnnotatedDocument/syntax`` for those sentences.
struct SyntaxParser: ExtractionStage {
    let analyzer: SyntaxAnalyzer

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            guard needsTree(sentence.index, document) else { continue }
            var syntax = SentenceSyntax(sentence, analyzer: analyzer)
            syntax.parse(with: analyzer)
            document.syntax[sentence.index] = syntax
        }
    }

    private func needsTree(_ sentence: Int, _ document: AnnotatedDocument) -> Bool {
        let entities = document.mentions[sentence].filter { $0.isEntity && !$0.entity.isEmpty }.count
        if entities >= 2 { return true }
        guard entities == 1 else { return false }
        let tokens = document.tokens(sentence)
        return tokens.contains { $0.kind == .quote } || document.folded[sentence].contains { SpeechWords.cues.contains($0) }
    }
}

import NewsGraphSyntax

/// Parses the sentences that can change the graph: those naming two
/// entities, or one entity and a speech cue (`said`, a quotation mark,
/// `according to`). The others keep their tags only.
///
/// Needs: ``SyntaxTagger``, ``CoreferenceResolver``. Adds: trees in ``AnnotatedDocument/syntax``.
struct SyntaxParser: ExtractionStage {
    let analyzer: SyntaxAnalyzer

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.mentions.indices where document.syntax[sentence] != nil {
            guard needsTree(sentence, document) else { continue }
            document.syntax[sentence]?.parse(with: analyzer)
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

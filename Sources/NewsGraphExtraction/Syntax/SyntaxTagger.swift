import NewsGraphSyntax

/// Splits every article sentence into syntactic words and tags them, so that
/// later stages can tell a proper noun from a capitalized common word.
///
/// Needs: ``ChromeFilter``. Adds: ``AnnotatedDocument/syntax`` (tags only).
struct SyntaxTagger: ExtractionStage {
    let analyzer: SyntaxAnalyzer

    func run(_ document: inout AnnotatedDocument) {
        for sentence in document.document.sentences where !document.skipped.contains(sentence.index) {
            document.syntax[sentence.index] = SentenceSyntax(sentence, analyzer: analyzer)
        }
    }
}

/// Finds quotes and reported speech (placeholder).
struct StatementExtractor: ExtractionStage {
    func run(_ document: inout AnnotatedDocument) {}
}

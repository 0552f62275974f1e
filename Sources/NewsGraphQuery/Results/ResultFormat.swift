/// How answers are printed: an aligned table for people, or TSV, CSV, JSON for programs.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// Columns padded to line up (the default on a terminal).
    case table
    /// Tab-separated; for SPARQL, SPARQL 1.1 TSV results (terms in N-Triples syntax).
    case tsv
    /// RFC 4180 CSV; for SPARQL, SPARQL 1.1 CSV results.
    case csv
    /// For SPARQL, SPARQL 1.1 JSON results; for plain questions `{"columns": [...], "rows": [{...}]}`.
    case json
}

import NewsGraphCore
import NewsGraphFormats

/// Collects the rows of a plain answer, adding `evidence` and `article`
/// columns (one row per mention) when asked to.
struct TableBuilder {
    private let columns: [String]
    private let evidence: Bool
    private var rows: [[RDFTerm?]] = []

    init(columns: [String], evidence: Bool) {
        self.columns = columns + (evidence ? ["evidence", "article"] : [])
        self.evidence = evidence
    }

    /// Adds a row; `articles` maps article ids to how the article column names them.
    mutating func add(_ cells: [String], provenance: [Provenance], articles: [String: String]) {
        let base = cells.map { $0.isEmpty ? nil : RDFTerm.string($0) }
        guard evidence else {
            rows.append(base)
            return
        }
        if provenance.isEmpty { rows.append(base + [nil, nil]) }
        for mention in provenance {
            rows.append(base + [.string(mention.evidence), .string(articles[mention.article] ?? mention.article)])
        }
    }

    var table: ResultTable { ResultTable(columns: columns, rows: rows) }
}

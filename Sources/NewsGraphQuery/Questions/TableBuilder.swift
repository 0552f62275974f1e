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

    mutating func add(_ cells: [String], provenance: [Provenance], articles graph: Graph) {
        let base = cells.map { $0.isEmpty ? nil : RDFTerm.string($0) }
        guard evidence else {
            rows.append(base)
            return
        }
        if provenance.isEmpty { rows.append(base + [nil, nil]) }
        for mention in provenance {
            let article = graph.article(mention.article).map { $0.url ?? $0.source } ?? mention.article
            rows.append(base + [.string(mention.evidence), .string(article)])
        }
    }

    var table: ResultTable { ResultTable(columns: columns, rows: rows) }
}

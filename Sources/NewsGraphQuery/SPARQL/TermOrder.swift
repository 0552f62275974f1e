import NewsGraphFormats

/// The ORDER BY ordering of terms (SPARQL 1.1, 15.1): unbound, blank nodes,
/// IRIs, then literals, literals by value where comparable, else by their parts.
enum TermOrder {
    static func compare(_ a: RDFTerm?, _ b: RDFTerm?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let a?, let b?): return compare(a, b)
        }
    }

    static func compare(_ a: RDFTerm, _ b: RDFTerm) -> Int {
        let (rankA, rankB) = (rank(a), rank(b))
        if rankA != rankB { return rankA < rankB ? -1 : 1 }
        switch (a, b) {
        case (.blank(let x), .blank(let y)), (.iri(let x), .iri(let y)):
            return TermComparison.codePointOrder(x, y)
        case (.literal(let x, let typeX, let langX), .literal(let y, let typeY, let langY)):
            if let order = TermComparison.order(a, b), order != 0 { return order }
            let text = TermComparison.codePointOrder(x, y)
            if text != 0 { return text }
            let type = TermComparison.codePointOrder(typeX, typeY)
            return type != 0 ? type : TermComparison.codePointOrder(langX ?? "", langY ?? "")
        default:
            return 0
        }
    }

    private static func rank(_ term: RDFTerm) -> Int {
        switch term {
        case .blank: 0
        case .iri: 1
        case .literal: 2
        }
    }
}

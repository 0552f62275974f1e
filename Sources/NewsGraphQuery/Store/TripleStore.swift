import NewsGraphFormats

/// An in-memory RDF graph: interned terms and three sorted permutations
/// (SPO, POS, OSP) of their ids, so any triple pattern is a binary search.
///
///     var builder = TripleStore.Builder()
///     builder.add(triple)
///     let store = builder.build()
///     store.count  // 1
public struct TripleStore: Sendable {
    public let dictionary: TermDictionary
    let spo: TripleIndex
    let pos: TripleIndex
    let osp: TripleIndex

    /// The number of distinct triples.
    public var count: Int { spo.rows.count }

    /// A store of `triples`.
    public init(_ triples: some Sequence<Triple>) {
        var builder = Builder()
        for triple in triples { builder.add(triple) }
        self = builder.build()
    }

    init(dictionary: TermDictionary, rows: [IDTriple]) {
        self.dictionary = dictionary
        let spo = TripleIndex(sorting: rows)
        self.spo = spo
        pos = TripleIndex(sorting: spo.rows.map { IDTriple(a: $0.b, b: $0.c, c: $0.a) })
        osp = TripleIndex(sorting: spo.rows.map { IDTriple(a: $0.c, b: $0.a, c: $0.b) })
    }

    /// Collects triples, then sorts them once.
    public struct Builder: Sendable {
        var dictionary = TermDictionary()
        var rows: [IDTriple] = []
        private var lastSubject: (RDFTerm, UInt32)?
        private var lastPredicate: (RDFTerm, UInt32)?

        public init() {}

        /// Makes room for what a Turtle document of `bytes` bytes usually holds
        /// (untouched reserved memory is never resident).
        public mutating func reserve(turtleBytes bytes: Int) {
            dictionary.reserve(terms: bytes / 150, bytes: bytes / 2)
            rows.reserveCapacity(rows.count + bytes / 40)
        }

        public mutating func add(_ triple: Triple) {
            let s: UInt32
            if let (term, id) = lastSubject, term == triple.subject {
                s = id
            } else {
                s = dictionary.intern(triple.subject)
                lastSubject = (triple.subject, s)
            }
            let p: UInt32
            if let (term, id) = lastPredicate, term == triple.predicate {
                p = id
            } else {
                p = dictionary.intern(triple.predicate)
                lastPredicate = (triple.predicate, p)
            }
            rows.append(IDTriple(a: s, b: p, c: dictionary.intern(triple.object)))
        }

        public func build() -> TripleStore { TripleStore(dictionary: dictionary, rows: rows) }
    }

    /// Every triple matching the pattern, where nil matches anything; as
    /// (subject, predicate, object) ids.
    func match(_ s: UInt32?, _ p: UInt32?, _ o: UInt32?, _ body: (UInt32, UInt32, UInt32) -> Void) {
        switch (s, p, o) {
        case (let s?, _, _) where o == nil || p != nil:
            for row in spo.rows[spo.range(s, p, o)] { body(row.a, row.b, row.c) }
        case (let s?, nil, let o?):
            for row in osp.rows[osp.range(o, s)] { body(row.b, row.c, row.a) }
        case (nil, let p?, _):
            for row in pos.rows[pos.range(p, o)] { body(row.c, row.a, row.b) }
        case (nil, nil, let o?):
            for row in osp.rows[osp.range(o)] { body(row.b, row.c, row.a) }
        default:
            for row in spo.rows { body(row.a, row.b, row.c) }
        }
    }

    /// How many triples match the pattern (nil matches anything).
    func count(_ s: UInt32?, _ p: UInt32?, _ o: UInt32?) -> Int {
        switch (s, p, o) {
        case (let s?, _, _) where o == nil || p != nil: spo.range(s, p, o).count
        case (let s?, nil, let o?): osp.range(o, s).count
        case (nil, let p?, _): pos.range(p, o).count
        case (nil, nil, let o?): osp.range(o).count
        default: spo.rows.count
        }
    }

    /// Every triple, sorted by subject, predicate, object ids.
    public var triples: [Triple] {
        spo.rows.map { Triple(dictionary[$0.a], dictionary[$0.b], dictionary[$0.c]) }
    }
}

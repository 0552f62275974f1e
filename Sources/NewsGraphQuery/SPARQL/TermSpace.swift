import NewsGraphFormats

/// The store's term ids plus the terms a query computes (BIND, aggregates),
/// so that solutions stay arrays of ids and equal ids mean equal terms.
final class TermSpace {
    let store: TripleStore
    private var extra: [RDFTerm] = []
    private var extraIDs: [RDFTerm: UInt32] = [:]
    private let base: UInt32

    init(_ store: TripleStore) {
        self.store = store
        base = UInt32(store.dictionary.count + 1)
    }

    /// The term with `id` (not 0).
    func term(_ id: UInt32) -> RDFTerm {
        id < base ? store.dictionary[id] : extra[Int(id - base)]
    }

    /// The id of `term`: the store's if it has one, else a new query-local id.
    func id(_ term: RDFTerm) -> UInt32 {
        if let id = store.dictionary.id(of: term) { return id }
        if let id = extraIDs[term] { return id }
        let id = base + UInt32(extra.count)
        extra.append(term)
        extraIDs[term] = id
        return id
    }

    /// The store's id of `term`, or nil when no triple can mention it.
    func storeID(_ term: RDFTerm) -> UInt32? { store.dictionary.id(of: term) }
}

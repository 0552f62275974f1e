import NewsGraphFormats

/// Interns RDF terms as dense integer ids, from 1 (0 means "no term").
///
/// Looking up a term is one hash; consecutive repeats of the same term (the
/// subject of a Turtle predicate list) skip even that.
public struct TermDictionary: Sendable {
    private(set) var terms: [RDFTerm] = [.iri("")]
    private var ids: [RDFTerm: UInt32] = [:]

    public init() {}

    /// How many terms are interned.
    public var count: Int { terms.count - 1 }

    /// The id of `term`, adding it if new.
    public mutating func intern(_ term: RDFTerm) -> UInt32 {
        if let id = ids[term] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }

    /// The id of `term`, or nil if it was never interned.
    public func id(of term: RDFTerm) -> UInt32? { ids[term] }

    /// The term with `id`; `id` must come from this dictionary.
    public subscript(id: UInt32) -> RDFTerm { terms[Int(id)] }

    mutating func reserve(_ capacity: Int) {
        terms.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
    }
}

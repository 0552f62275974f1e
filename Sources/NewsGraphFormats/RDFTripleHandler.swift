/// Receives the triples of ``RDFMapping`` subject by subject, in order.
protocol RDFTripleHandler {
    /// Starts the triples of `subject`: every ``triple(_:_:)`` until the next
    /// call has it as subject. A subject is started once.
    mutating func subject(_ subject: RDFMappedTerm) throws
    /// A triple of the current subject.
    mutating func triple(_ predicate: RDFMappedTerm, _ object: RDFMappedTerm) throws
}

/// Collects public ``Triple``s.
struct RDFTripleCollector: RDFTripleHandler {
    var triples: [Triple] = []
    private var current = RDFTerm.iri("")

    mutating func subject(_ subject: RDFMappedTerm) { current = subject.rdfTerm }

    mutating func triple(_ predicate: RDFMappedTerm, _ object: RDFMappedTerm) {
        triples.append(Triple(current, predicate.rdfTerm, object.rdfTerm))
    }
}

/// Counts triples.
struct RDFTripleCounter: RDFTripleHandler {
    var count = 0
    mutating func subject(_ subject: RDFMappedTerm) {}
    mutating func triple(_ predicate: RDFMappedTerm, _ object: RDFMappedTerm) { count += 1 }
}

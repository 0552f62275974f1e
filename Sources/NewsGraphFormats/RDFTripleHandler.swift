/// Receives the triples of ``RDFMapping`` one at a time, in order.
protocol RDFTripleHandler {
    mutating func triple(_ subject: RDFMappedTerm, _ predicate: RDFMappedTerm, _ object: RDFMappedTerm) throws
}

/// Collects public ``Triple``s.
struct RDFTripleCollector: RDFTripleHandler {
    var triples: [Triple] = []

    mutating func triple(_ subject: RDFMappedTerm, _ predicate: RDFMappedTerm, _ object: RDFMappedTerm) {
        triples.append(Triple(subject.rdfTerm, predicate.rdfTerm, object.rdfTerm))
    }
}

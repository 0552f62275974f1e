import NewsGraphCore

/// Receives the triples of ``RDFMapping`` subject by subject, in order.
protocol RDFTripleHandler {
    /// Starts the triples of `subject`: every ``triple(_:_:)`` until the next
    /// call has it as subject. A subject is started once.
    mutating func subject(_ subject: RDFMappedTerm) throws
    /// A triple of the current subject.
    mutating func triple(_ predicate: RDFMappedTerm, _ object: RDFMappedTerm) throws
    /// The three subjects and twelve triples of one mention; a handler may
    /// write them in one go, as long as it gives what ``emitMention(of:body:index:_:)`` gives.
    mutating func mention(of owner: RDFMentionOwner, body: RDFMappedTerm, index: Int, _ place: Provenance) throws
}

extension RDFTripleHandler {
    mutating func mention(of owner: RDFMentionOwner, body: RDFMappedTerm, index: Int, _ place: Provenance) throws {
        try emitMention(of: owner, body: body, index: index, place)
    }

    /// The `index`-th mention of `owner`, read at `place`, as triples: an
    /// `oa:Annotation` of `body` whose target is a `oa:SpecificResource` of
    /// the article with a `oa:TextPositionSelector`.
    mutating func emitMention(of owner: RDFMentionOwner, body: RDFMappedTerm, index: Int, _ place: Provenance) throws {
        typealias V = RDFVocabulary
        let target = RDFMappedTerm.name(.mention, .mention(owner, index, .target))
        let selector = RDFMappedTerm.name(.mention, .mention(owner, index, .selector))
        try subject(.name(.mention, .mention(owner, index, .annotation)))
        try triple(V.type, V.annotation)
        try triple(V.motivatedBy, V.identifying)
        try triple(V.hasBody, body)
        try triple(V.hasTarget, target)
        try triple(V.sentence, .integer(place.sentence))
        try triple(V.evidence, .string(place.evidence))
        try subject(target)
        try triple(V.type, V.specificResource)
        try triple(V.hasSource, RDFMappingPass.articleTerm(place.article))
        try triple(V.hasSelector, selector)
        try subject(selector)
        try triple(V.type, V.textPositionSelector)
        try triple(V.start, .integer(place.start))
        try triple(V.end, .integer(place.end))
    }
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

import NewsGraphFormats

/// Triples grouped by subject, for reading resources property by property.
struct SubjectIndex {
    private var bySubject: [RDFTerm: [(String, RDFTerm)]] = [:]
    private var byType: [String: [RDFTerm]] = [:]
    private static let type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    mutating func add(_ triple: Triple) {
        guard case .iri(let predicate) = triple.predicate else { return }
        bySubject[triple.subject, default: []].append((predicate, triple.object))
        if predicate == Self.type, case .iri(let type) = triple.object { byType[type, default: []].append(triple.subject) }
    }

    func subjects(ofType type: String) -> [RDFTerm] { byType[type] ?? [] }

    /// Every triple held (those with an IRI predicate), subject by subject.
    func forEachTriple(_ body: (RDFTerm, String, RDFTerm) -> Void) {
        for (subject, properties) in bySubject {
            for (predicate, object) in properties { body(subject, predicate, object) }
        }
    }

    func properties(_ subject: RDFTerm) -> [(String, RDFTerm)] { bySubject[subject] ?? [] }

    func object(_ subject: RDFTerm, _ predicate: String) -> RDFTerm? {
        bySubject[subject]?.first { $0.0 == predicate }?.1
    }

    func string(_ subject: RDFTerm, _ predicate: String) -> String? {
        guard case .literal(let text, _, _)? = object(subject, predicate) else { return nil }
        return text
    }

    func strings(_ subject: RDFTerm, _ predicate: String) -> [String] {
        (bySubject[subject] ?? []).compactMap { pair in
            guard pair.0 == predicate, case .literal(let text, _, _) = pair.1 else { return nil }
            return text
        }
    }

    func integer(_ subject: RDFTerm, _ predicate: String) -> Int? {
        string(subject, predicate).flatMap { Int($0) }
    }
}

import NewsGraphCore

/// The terms of newsgraph's RDF view and the vocabulary document that
/// declares them (`schemas/newsgraph.ttl`, written by ``writeSchema(to:)``).
///
/// The project's own terms are in `ng:` (`https://newsgraph.dev/ns#`);
/// relations in `rel:` (one property per ``Relation``); node attributes in
/// `attr:` (one property per attribute key). Everything else is reused from
/// schema.org, PROV-O and the W3C Web Annotation vocabulary (`oa:`).
public enum RDFVocabulary {
    // rdf, rdfs, owl
    static let type = RDFMappedTerm.known(.type)
    static let rdfStatement = RDFMappedTerm.known(.rdfStatement)
    static let rdfSubject = RDFMappedTerm.known(.rdfSubject)
    static let rdfPredicate = RDFMappedTerm.known(.rdfPredicate)
    static let rdfObject = RDFMappedTerm.known(.rdfObject)
    static let label = RDFMappedTerm.known(.label)
    static let comment = RDFMappedTerm.known(.comment)
    static let subClassOf = RDFMappedTerm.known(.subClassOf)
    static let subPropertyOf = RDFMappedTerm.known(.subPropertyOf)
    static let range = RDFMappedTerm.known(.range)
    static let owlClass = RDFMappedTerm.known(.owlClass)
    static let datatypeProperty = RDFMappedTerm.known(.datatypeProperty)
    static let objectProperty = RDFMappedTerm.known(.objectProperty)
    // ng
    static let kind = RDFMappedTerm.known(.kind)
    static let alias = RDFMappedTerm.known(.alias)
    static let date = RDFMappedTerm.known(.date)
    static let mentionCount = RDFMappedTerm.known(.mentionCount)
    static let articleCount = RDFMappedTerm.known(.articleCount)
    static let firstDate = RDFMappedTerm.known(.firstDate)
    static let lastDate = RDFMappedTerm.known(.lastDate)
    static let note = RDFMappedTerm.known(.note)
    static let sentence = RDFMappedTerm.known(.sentence)
    static let evidence = RDFMappedTerm.known(.evidence)
    static let source = RDFMappedTerm.known(.source)
    static let relation = RDFMappedTerm.known(.relation)
    static let attribute = RDFMappedTerm.known(.attribute)
    // schema.org
    static let quotation = RDFMappedTerm.known(.quotation)
    static let newsArticle = RDFMappedTerm.known(.newsArticle)
    static let text = RDFMappedTerm.known(.text)
    static let creator = RDFMappedTerm.known(.creator)
    static let isPartOf = RDFMappedTerm.known(.isPartOf)
    static let mentions = RDFMappedTerm.known(.mentions)
    static let headline = RDFMappedTerm.known(.headline)
    static let publisher = RDFMappedTerm.known(.publisher)
    static let author = RDFMappedTerm.known(.author)
    static let datePublished = RDFMappedTerm.known(.datePublished)
    static let url = RDFMappedTerm.known(.url)
    // PROV-O
    static let wasAttributedTo = RDFMappedTerm.known(.wasAttributedTo)
    static let wasQuotedFrom = RDFMappedTerm.known(.wasQuotedFrom)
    static let wasDerivedFrom = RDFMappedTerm.known(.wasDerivedFrom)
    // Web Annotation
    static let annotation = RDFMappedTerm.known(.annotation)
    static let motivatedBy = RDFMappedTerm.known(.motivatedBy)
    static let identifying = RDFMappedTerm.known(.identifying)
    static let hasBody = RDFMappedTerm.known(.hasBody)
    static let hasTarget = RDFMappedTerm.known(.hasTarget)
    static let specificResource = RDFMappedTerm.known(.specificResource)
    static let hasSource = RDFMappedTerm.known(.hasSource)
    static let hasSelector = RDFMappedTerm.known(.hasSelector)
    static let textPositionSelector = RDFMappedTerm.known(.textPositionSelector)
    static let start = RDFMappedTerm.known(.start)
    static let end = RDFMappedTerm.known(.end)

    /// The class of nodes of `type`: `ng:Actor`, `ng:WeaponSystem`, `ng:Place`, `ng:Statement`.
    static func nodeClass(_ type: NodeType) -> RDFMappedTerm {
        switch type {
        case .actor: .known(.actor)
        case .weaponSystem: .known(.weaponSystem)
        case .place: .known(.place)
        case .statement: .known(.statement)
        }
    }

    /// The property of a relation: `rel:supplies`.
    static func relationProperty(_ relation: String) -> RDFMappedTerm { .name(.rel, .id(relation)) }

    /// The property of a node attribute: `attr:maker`.
    static func attributeProperty(_ key: String) -> RDFMappedTerm { .name(.attr, .id(key)) }

    /// The IRI of the vocabulary document itself.
    static let ontology = RDFMappedTerm.iri("https://newsgraph.dev/ns")
}

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
    static let type = RDFMappedTerm.term(.rdf, "type")
    static let rdfStatement = RDFMappedTerm.term(.rdf, "Statement")
    static let rdfSubject = RDFMappedTerm.term(.rdf, "subject")
    static let rdfPredicate = RDFMappedTerm.term(.rdf, "predicate")
    static let rdfObject = RDFMappedTerm.term(.rdf, "object")
    static let label = RDFMappedTerm.term(.rdfs, "label")
    static let comment = RDFMappedTerm.term(.rdfs, "comment")
    static let subClassOf = RDFMappedTerm.term(.rdfs, "subClassOf")
    static let subPropertyOf = RDFMappedTerm.term(.rdfs, "subPropertyOf")
    static let range = RDFMappedTerm.term(.rdfs, "range")
    static let owlClass = RDFMappedTerm.term(.owl, "Class")
    static let datatypeProperty = RDFMappedTerm.term(.owl, "DatatypeProperty")
    static let objectProperty = RDFMappedTerm.term(.owl, "ObjectProperty")
    // ng
    static let kind = RDFMappedTerm.term(.ng, "kind")
    static let alias = RDFMappedTerm.term(.ng, "alias")
    static let date = RDFMappedTerm.term(.ng, "date")
    static let mentionCount = RDFMappedTerm.term(.ng, "mentionCount")
    static let sentence = RDFMappedTerm.term(.ng, "sentence")
    static let evidence = RDFMappedTerm.term(.ng, "evidence")
    static let source = RDFMappedTerm.term(.ng, "source")
    static let relation = RDFMappedTerm.term(.ng, "relation")
    static let attribute = RDFMappedTerm.term(.ng, "attribute")
    // schema.org
    static let quotation = RDFMappedTerm.term(.schema, "Quotation")
    static let newsArticle = RDFMappedTerm.term(.schema, "NewsArticle")
    static let text = RDFMappedTerm.term(.schema, "text")
    static let creator = RDFMappedTerm.term(.schema, "creator")
    static let isPartOf = RDFMappedTerm.term(.schema, "isPartOf")
    static let mentions = RDFMappedTerm.term(.schema, "mentions")
    static let headline = RDFMappedTerm.term(.schema, "headline")
    static let publisher = RDFMappedTerm.term(.schema, "publisher")
    static let author = RDFMappedTerm.term(.schema, "author")
    static let datePublished = RDFMappedTerm.term(.schema, "datePublished")
    static let url = RDFMappedTerm.term(.schema, "url")
    // PROV-O
    static let wasAttributedTo = RDFMappedTerm.term(.prov, "wasAttributedTo")
    static let wasQuotedFrom = RDFMappedTerm.term(.prov, "wasQuotedFrom")
    static let wasDerivedFrom = RDFMappedTerm.term(.prov, "wasDerivedFrom")
    // Web Annotation
    static let annotation = RDFMappedTerm.term(.oa, "Annotation")
    static let motivatedBy = RDFMappedTerm.term(.oa, "motivatedBy")
    static let identifying = RDFMappedTerm.term(.oa, "identifying")
    static let hasBody = RDFMappedTerm.term(.oa, "hasBody")
    static let hasTarget = RDFMappedTerm.term(.oa, "hasTarget")
    static let specificResource = RDFMappedTerm.term(.oa, "SpecificResource")
    static let hasSource = RDFMappedTerm.term(.oa, "hasSource")
    static let hasSelector = RDFMappedTerm.term(.oa, "hasSelector")
    static let textPositionSelector = RDFMappedTerm.term(.oa, "TextPositionSelector")
    static let start = RDFMappedTerm.term(.oa, "start")
    static let end = RDFMappedTerm.term(.oa, "end")

    /// The class of nodes of `type`: `ng:Actor`, `ng:WeaponSystem`, `ng:Place`, `ng:Statement`.
    static func nodeClass(_ type: NodeType) -> RDFMappedTerm { .term(.ng, type.rawValue) }

    /// The property of a relation: `rel:supplies`.
    static func relationProperty(_ relation: String) -> RDFMappedTerm { .name(.rel, .id(relation)) }

    /// The property of a node attribute: `attr:maker`.
    static func attributeProperty(_ key: String) -> RDFMappedTerm { .name(.attr, .id(key)) }

    /// The IRI of the vocabulary document itself.
    static let ontology = RDFMappedTerm.iri("https://newsgraph.dev/ns")
}

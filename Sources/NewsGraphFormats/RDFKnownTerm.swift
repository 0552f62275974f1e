/// The vocabulary terms the mapping uses, so that writers can render each
/// once per write instead of once per triple.
enum RDFKnownTerm: Int, CaseIterable, Sendable {
    case type, rdfStatement, rdfSubject, rdfPredicate, rdfObject, label, comment, subClassOf, subPropertyOf,
        range, owlClass, datatypeProperty, objectProperty, kind, alias, date, mentionCount, sentence,
        evidence, source, relation, attribute, quotation, newsArticle, text, creator, isPartOf, mentions,
        headline, publisher, author, datePublished, url, wasAttributedTo, wasQuotedFrom, wasDerivedFrom,
        annotation, motivatedBy, identifying, hasBody, hasTarget, specificResource, hasSource, hasSelector,
        textPositionSelector, start, end, actor, weaponSystem, place, statement, articleCount, firstDate,
        lastDate, note

    /// The term's namespace and local name.
    var parts: (RDFNamespace, String) {
        switch self {
        case .type: (.rdf, "type")
        case .rdfStatement: (.rdf, "Statement")
        case .rdfSubject: (.rdf, "subject")
        case .rdfPredicate: (.rdf, "predicate")
        case .rdfObject: (.rdf, "object")
        case .label: (.rdfs, "label")
        case .comment: (.rdfs, "comment")
        case .subClassOf: (.rdfs, "subClassOf")
        case .subPropertyOf: (.rdfs, "subPropertyOf")
        case .range: (.rdfs, "range")
        case .owlClass: (.owl, "Class")
        case .datatypeProperty: (.owl, "DatatypeProperty")
        case .objectProperty: (.owl, "ObjectProperty")
        case .kind: (.ng, "kind")
        case .alias: (.ng, "alias")
        case .date: (.ng, "date")
        case .mentionCount: (.ng, "mentionCount")
        case .sentence: (.ng, "sentence")
        case .evidence: (.ng, "evidence")
        case .source: (.ng, "source")
        case .relation: (.ng, "relation")
        case .attribute: (.ng, "attribute")
        case .quotation: (.schema, "Quotation")
        case .newsArticle: (.schema, "NewsArticle")
        case .text: (.schema, "text")
        case .creator: (.schema, "creator")
        case .isPartOf: (.schema, "isPartOf")
        case .mentions: (.schema, "mentions")
        case .headline: (.schema, "headline")
        case .publisher: (.schema, "publisher")
        case .author: (.schema, "author")
        case .datePublished: (.schema, "datePublished")
        case .url: (.schema, "url")
        case .wasAttributedTo: (.prov, "wasAttributedTo")
        case .wasQuotedFrom: (.prov, "wasQuotedFrom")
        case .wasDerivedFrom: (.prov, "wasDerivedFrom")
        case .annotation: (.oa, "Annotation")
        case .motivatedBy: (.oa, "motivatedBy")
        case .identifying: (.oa, "identifying")
        case .hasBody: (.oa, "hasBody")
        case .hasTarget: (.oa, "hasTarget")
        case .specificResource: (.oa, "SpecificResource")
        case .hasSource: (.oa, "hasSource")
        case .hasSelector: (.oa, "hasSelector")
        case .textPositionSelector: (.oa, "TextPositionSelector")
        case .start: (.oa, "start")
        case .end: (.oa, "end")
        case .actor: (.ng, "Actor")
        case .weaponSystem: (.ng, "WeaponSystem")
        case .place: (.ng, "Place")
        case .statement: (.ng, "Statement")
        case .articleCount: (.ng, "articleCount")
        case .firstDate: (.ng, "firstDate")
        case .lastDate: (.ng, "lastDate")
        case .note: (.ng, "note")
        }
    }
}

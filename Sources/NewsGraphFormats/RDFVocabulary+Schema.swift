import NewsGraphCore

extension RDFVocabulary {
    /// One declared class or property of the vocabulary document.
    struct Declaration {
        var term: RDFMappedTerm
        var kind: RDFMappedTerm
        var label: String
        var comment: String
        /// Further (predicate, object) pairs: super-classes, ranges, ...
        var more: [(RDFMappedTerm, RDFMappedTerm)] = []
    }

    /// The classes the mapping types nodes with.
    static let classes: [Declaration] = [
        Declaration(
            term: nodeClass(.actor), kind: owlClass, label: "actor",
            comment: "Who acts: a state, an organization, a person or a group of people; ng:kind says which (Country, Organization, Person, Group).",
            more: [(subClassOf, .term(.prov, "Agent"))]),
        Declaration(
            term: nodeClass(.weaponSystem), kind: owlClass, label: "weapon system",
            comment: "A named weapon system or platform, or a category of weapons; ng:kind gives its sort (AirDefense, Missile, Aircraft, Ship, ...).",
            more: [(subClassOf, .term(.schema, "Product"))]),
        Declaration(
            term: nodeClass(.place), kind: owlClass, label: "place",
            comment: "A region, city, territory, sea or facility; ng:kind gives its sort (City, Region, Territory, Sea, ...).",
            more: [(subClassOf, .term(.schema, "Place"))]),
        Declaration(
            term: nodeClass(.statement), kind: owlClass, label: "statement",
            comment: "Something an actor said or claimed, a direct quote (ng:kind \"direct\") or reported speech (\"reported\"); its words are schema:text, its speaker schema:creator.",
            more: [(subClassOf, quotation), (subClassOf, .term(.prov, "Entity"))]),
    ]

    /// The properties the mapping uses in `ng:`.
    static let properties: [Declaration] = [
        Declaration(
            term: kind, kind: datatypeProperty, label: "kind",
            comment: "The subtype of a node, as a word: Country, Organization, Person or Group for actors; AirDefense, Missile, ... for weapon systems; City, Sea, ... for places; direct or reported for statements.",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: alias, kind: datatypeProperty, label: "alias",
            comment: "Another surface form seen for the entity in the articles (US, Washington); the canonical name is rdfs:label.",
            more: [(subPropertyOf, .term(.skos, "altLabel"))]),
        Declaration(
            term: date, kind: datatypeProperty, label: "date phrase",
            comment: "When a statement was made, as the text gives it (on Wednesday).",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: mentionCount, kind: datatypeProperty, label: "mention count",
            comment: "How many mentions in the articles support a node or a relation claim; each one is an oa:Annotation whose oa:hasBody is the node or claim, unless the graph was written with a cap on evidence, in which case only the first ones are.",
            more: [(range, .term(.xsd, "integer"))]),
        Declaration(
            term: articleCount, kind: datatypeProperty, label: "article count",
            comment: "How many articles mention a node or support a relation claim.",
            more: [(range, .term(.xsd, "integer"))]),
        Declaration(
            term: firstDate, kind: datatypeProperty, label: "first date",
            comment: "The earliest publication date (ISO 8601, YYYY-MM-DD) of the articles that support a node or a relation claim, among those whose date is known.",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: lastDate, kind: datatypeProperty, label: "last date",
            comment: "The latest publication date (ISO 8601, YYYY-MM-DD) of the articles that support a node or a relation claim, among those whose date is known.",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: note, kind: datatypeProperty, label: "note",
            comment: "On a schema:NewsArticle: what a reader should know about how the article was read, such as sentences repeated so often that only their first occurrences were read.",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: sentence, kind: datatypeProperty, label: "sentence",
            comment: "On an oa:Annotation: the index, from 0, of the sentence of the article body the mention was read in.",
            more: [(range, .term(.xsd, "integer"))]),
        Declaration(
            term: evidence, kind: datatypeProperty, label: "evidence",
            comment: "On an oa:Annotation: the sentence the mention was read in. The mention itself is the target's oa:TextPositionSelector range, in Unicode code points from the start of the article body.",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: source, kind: datatypeProperty, label: "source",
            comment: "On a schema:NewsArticle: the path or name the article was read from (- for standard input).",
            more: [(range, .term(.xsd, "string"))]),
        Declaration(
            term: relation, kind: objectProperty, label: "relation",
            comment: "An extracted relation between two nodes. Every property in https://newsgraph.dev/ns/relation# is one; its local name is the relation's name. Each relation triple is also described by an rdf:Statement (a claim) carrying its provenance."),
        Declaration(
            term: attribute, kind: datatypeProperty, label: "attribute",
            comment: "A further fact about a node (maker, origin, ...). Every property in https://newsgraph.dev/ns/attribute# is one; its local name is the attribute's key."),
    ]

    /// One property per relation of the extraction vocabulary, glossed.
    static var relations: [Declaration] {
        Relation.vocabulary.map { relation in
            var more: [(RDFMappedTerm, RDFMappedTerm)] = [(subPropertyOf, RDFVocabulary.relation)]
            if relation == .mentions { more.append((subPropertyOf, mentions)) }
            return Declaration(
                term: relationProperty(relation.rawValue), kind: objectProperty,
                label: relation.rawValue.replacingUnderscoresWithSpaces(), comment: relation.gloss + ".", more: more)
        }
    }

    /// Every triple of the vocabulary document, in order.
    static func schemaTriples<Handler: RDFTripleHandler>(into handler: inout Handler) throws {
        try handler.subject(ontology)
        try handler.triple(type, .term(.owl, "Ontology"))
        try handler.triple(label, .string("NewsGraph vocabulary"))
        try handler.triple(
            comment,
            .string(
                "Classes and properties of the knowledge graphs newsgraph extracts from news articles: actors, weapon systems, places, statements and the relations between them, with the provenance of every mention. Resources: nodes https://newsgraph.dev/id/, articles https://newsgraph.dev/id/article/, claims https://newsgraph.dev/id/claim/, mentions https://newsgraph.dev/id/mention/."
            ))
        for declaration in classes + properties + relations {
            try handler.subject(declaration.term)
            try handler.triple(type, declaration.kind)
            try handler.triple(label, .string(declaration.label))
            try handler.triple(comment, .string(declaration.comment))
            for (predicate, object) in declaration.more {
                try handler.triple(predicate, object)
            }
        }
    }

    /// Writes the vocabulary document (the content of `schemas/newsgraph.ttl`) as Turtle.
    public static func writeSchema(to sink: ByteSink) throws {
        var emitter = TurtleEmitter(sink)
        try schemaTriples(into: &emitter)
        try emitter.finish()
    }
}

extension String {
    fileprivate func replacingUnderscoresWithSpaces() -> String {
        String(unicodeScalars.map { $0 == "_" ? " " : Character($0) })
    }
}

import NewsGraphCore
import NewsGraphFormats

/// Rebuilds a ``Graph`` from the triples of its RDF view: the inverse of
/// ``RDFMapping`` (see its documentation for the shape).
///
/// Nodes are the `ngr:` subjects typed `ng:Actor`, `ng:WeaponSystem`,
/// `ng:Place` or `ng:Statement`; edges the `rel:` triples between nodes;
/// provenance comes from the `oa:Annotation`s; articles from the
/// `schema:NewsArticle`s; support from `ng:mentionCount`, `ng:articleCount`,
/// `ng:firstDate` and `ng:lastDate`. Derived triples (the schema.org/PROV-O
/// view of statements) are ignored; triples of other
/// vocabularies are ignored too.
public struct RDFGraphDecoder: Sendable {
    public init() {}

    /// - Throws: ``GraphError`` when the triples describe an invalid graph
    ///   (an edge to an untyped node, an invalid id).
    public func decode(_ triples: [Triple]) throws -> Graph {
        try decode { emit in triples.forEach(emit) }
    }

    /// Decodes the triples that `produce` hands over one by one (a parser's
    /// callback), without holding them all in an array.
    public func decode(_ produce: (_ emit: (Triple) -> Void) throws -> Void) throws -> Graph {
        var index = SubjectIndex()
        try produce { index.add($0) }
        let articles = index.subjects(ofType: RDFNamespace.schema("NewsArticle")).compactMap { article($0, index) }
        var nodes: [String: Node] = [:]
        for type in NodeType.allCases {
            for subject in index.subjects(ofType: RDFNamespace.ng(type.rawValue)) {
                guard let id = local(subject, .node) else { continue }
                nodes[id] = node(id, type, subject, index)
            }
        }
        var edges: [EdgeKey: Edge] = [:]
        index.forEachTriple { subject, predicate, object in
            guard let name = local(predicate, .rel), let source = local(subject, .node), let target = local(object, .node),
                let relation = Relation(rawValue: name)
            else { return }
            let key = EdgeKey(source: source, relation: relation.rawValue, target: target)
            if edges[key] == nil { edges[key] = Edge(source: source, relation: relation, target: target) }
        }
        for claim in index.subjects(ofType: RDFNamespace.rdf("Statement")) {
            if let key = claimKey(claim, index) { edges[key]?.support = support(claim, index) }
        }
        for (body, provenance) in mentions(index) {
            if let id = local(body, .node), nodes[id] != nil {
                nodes[id]?.provenance.append(provenance)
            } else if let key = claimKey(body, index) {
                edges[key]?.provenance.append(provenance)
            }
        }
        return try Graph(articles: articles, nodes: Array(nodes.values), edges: Array(edges.values))
    }

    struct EdgeKey: Hashable {
        var source: String
        var relation: String
        var target: String
    }

    private func node(_ id: String, _ type: NodeType, _ subject: RDFTerm, _ index: SubjectIndex) -> Node {
        var node = Node(id: id, type: type, label: index.string(subject, RDFNamespace.rdfs("label")) ?? id)
        node.kind = index.string(subject, RDFNamespace.ng("kind"))
        node.aliases = index.strings(subject, RDFNamespace.ng("alias"))
        node.text = index.string(subject, RDFNamespace.schema("text"))
        node.date = index.string(subject, RDFNamespace.ng("date"))
        node.support = support(subject, index)
        for (predicate, object) in index.properties(subject) {
            guard let key = local(predicate, .attr), case .literal(let value, _, _) = object else { continue }
            node.attributes.append(Attribute(key: key, value: value))
        }
        return node
    }

    /// What `ng:mentionCount`, `ng:articleCount`, `ng:firstDate` and `ng:lastDate` say of a node or claim.
    private func support(_ subject: RDFTerm, _ index: SubjectIndex) -> Support {
        Support(
            articles: index.integer(subject, RDFNamespace.ng("articleCount")) ?? 0,
            mentions: index.integer(subject, RDFNamespace.ng("mentionCount")) ?? 0,
            firstDate: index.string(subject, RDFNamespace.ng("firstDate")),
            lastDate: index.string(subject, RDFNamespace.ng("lastDate")))
    }

    private func article(_ subject: RDFTerm, _ index: SubjectIndex) -> Article? {
        guard let id = local(subject, .article) else { return nil }
        var article = Article(id: id, source: index.string(subject, RDFNamespace.ng("source")) ?? id)
        article.title = index.string(subject, RDFNamespace.schema("headline"))
        article.publisher = index.string(subject, RDFNamespace.schema("publisher"))
        article.author = index.string(subject, RDFNamespace.schema("author"))
        article.date = index.string(subject, RDFNamespace.schema("datePublished"))
        article.note = index.string(subject, RDFNamespace.ng("note"))
        switch index.object(subject, RDFNamespace.schema("url")) {
        case .iri(let url)?, .literal(let url, _, _)?: article.url = url
        default: break
        }
        return article
    }

    /// Each annotation's body and the provenance it records.
    private func mentions(_ index: SubjectIndex) -> [(RDFTerm, Provenance)] {
        index.subjects(ofType: RDFNamespace.oa("Annotation")).compactMap { annotation in
            guard let body = index.object(annotation, RDFNamespace.oa("hasBody")),
                let target = index.object(annotation, RDFNamespace.oa("hasTarget")),
                let source = index.object(target, RDFNamespace.oa("hasSource")), let article = local(source, .article),
                let selector = index.object(target, RDFNamespace.oa("hasSelector"))
            else { return nil }
            let provenance = Provenance(
                article: article, sentence: index.integer(annotation, RDFNamespace.ng("sentence")) ?? 0,
                start: index.integer(selector, RDFNamespace.oa("start")) ?? 0,
                end: index.integer(selector, RDFNamespace.oa("end")) ?? 0,
                evidence: index.string(annotation, RDFNamespace.ng("evidence")) ?? "")
            return (body, provenance)
        }
    }

    /// The edge a claim stands for, from its `rdf:subject`, `rdf:predicate`, `rdf:object`.
    private func claimKey(_ claim: RDFTerm, _ index: SubjectIndex) -> EdgeKey? {
        guard let subject = index.object(claim, RDFNamespace.rdf("subject")).flatMap({ local($0, .node) }),
            case .iri(let predicate)? = index.object(claim, RDFNamespace.rdf("predicate")),
            let relation = local(predicate, .rel),
            let object = index.object(claim, RDFNamespace.rdf("object")).flatMap({ local($0, .node) })
        else { return nil }
        return EdgeKey(source: subject, relation: Relation(rawValue: relation)?.rawValue ?? relation, target: object)
    }

    private func local(_ term: RDFTerm, _ namespace: RDFNamespace) -> String? {
        guard case .iri(let iri) = term else { return nil }
        return local(iri, namespace)
    }

    private func local(_ iri: String, _ namespace: RDFNamespace) -> String? {
        guard iri.hasPrefix(namespace.iri) else { return nil }
        let name = String(iri.dropFirst(namespace.iri.count))
        // `ngr:` also holds `article:`, `claim:` and `mention:` IRIs: node ids have no '/'.
        guard !name.isEmpty, !name.contains("/") else { return nil }
        return RDFMapping.decodeLocal(name)
    }
}

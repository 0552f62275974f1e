import NewsGraphCore

/// One run of ``RDFMapping`` over a graph: the state it needs (speakers of
/// statements, a cursor over the edges) and the triples of each resource.
struct RDFMappingPass {
    private typealias V = RDFVocabulary
    let graph: Graph
    /// For each statement node, the sources of its `states` edges, sorted.
    private let speakers: [String: [String]]

    init(graph: Graph) {
        self.graph = graph
        var speakers: [String: [String]] = [:]
        graph.edges.withUnsafeBufferPointer { edges in
            for index in edges.indices where edges[index].relation == .states {
                speakers[edges[index].target, default: []].append(edges[index].source)
            }
        }
        self.speakers = speakers
    }

    mutating func emit<H: RDFTripleHandler>(into h: inout H) throws {
        try emitDeclarations(into: &h)
        for article in graph.articles { try emitArticle(article, into: &h) }
        // Edges are sorted by source as nodes are by id: one cursor finds each node's edges.
        // (Reading edges through a buffer pointer spares a copy of each edge.)
        try graph.edges.withUnsafeBufferPointer { edges in
            var cursor = 0
            for node in graph.nodes {
                let first = cursor
                while cursor < edges.count && edges[cursor].source == node.id { cursor += 1 }
                try emitNode(node, outgoing: UnsafeBufferPointer(rebasing: edges[first..<cursor]), into: &h)
                try emitMentions(of: .node(node.id), body: Self.nodeTerm(node.id), node.provenance, into: &h)
            }
            for index in edges.indices {
                let edge = edges[index]
                try emitClaim(
                    source: edge.source, edge.relation.rawValue, target: edge.target, edge.provenance, edge.support,
                    into: &h)
            }
        }
    }

    private func emitDeclarations<H: RDFTripleHandler>(into h: inout H) throws {
        for key in graph.attributeKeys {
            try h.subject(V.attributeProperty(key))
            try h.triple(V.subPropertyOf, V.attribute)
        }
        var relations: Set<Relation> = []
        graph.edges.withUnsafeBufferPointer { edges in
            for index in edges.indices { relations.insert(edges[index].relation) }
        }
        for relation in relations.sorted() {
            try h.subject(V.relationProperty(relation.rawValue))
            try h.triple(V.subPropertyOf, V.relation)
        }
    }

    private func emitArticle<H: RDFTripleHandler>(_ article: Article, into h: inout H) throws {
        let subject = Self.articleTerm(article.id)
        try h.subject(subject)
        try h.triple(V.type, V.newsArticle)
        try h.triple(V.source, .string(article.source))
        if let title = article.title { try h.triple(V.headline, .string(title)) }
        if let publisher = article.publisher { try h.triple(V.publisher, .string(publisher)) }
        if let author = article.author { try h.triple(V.author, .string(author)) }
        if let date = article.date { try h.triple(V.datePublished, .string(date)) }
        if let url = article.url {
            try h.triple(V.url, Self.hasScheme(url) ? .iri(url) : .string(url))
        }
        if let note = article.note { try h.triple(V.note, .string(note)) }
    }

    private func emitNode<H: RDFTripleHandler>(_ node: Node, outgoing: UnsafeBufferPointer<Edge>, into h: inout H) throws {
        try h.subject(Self.nodeTerm(node.id))
        try h.triple(V.type, V.nodeClass(node.type))
        if node.type == .statement { try h.triple(V.type, V.quotation) }
        if let kind = node.kind { try h.triple(V.kind, .string(kind)) }
        try h.triple(V.label, .string(node.label))
        for alias in node.aliases { try h.triple(V.alias, .string(alias)) }
        if let text = node.text { try h.triple(V.text, .string(text)) }
        if let date = node.date { try h.triple(V.date, .string(date)) }
        for attribute in node.attributes {
            try h.triple(V.attributeProperty(attribute.key), .string(attribute.value))
        }
        try emitSupport(node.support, node.provenance, into: &h)
        if node.type == .statement { try emitQuotation(node, outgoing: outgoing, into: &h) }
        for index in outgoing.indices {
            try h.triple(V.relationProperty(outgoing[index].relation.rawValue), Self.nodeTerm(outgoing[index].target))
        }
    }

    /// The schema.org and PROV-O view of a statement, derived from its edges and provenance.
    private func emitQuotation<H: RDFTripleHandler>(_ node: Node, outgoing: UnsafeBufferPointer<Edge>, into h: inout H) throws {
        let speakers = self.speakers[node.id] ?? []
        for speaker in speakers { try h.triple(V.creator, Self.nodeTerm(speaker)) }
        for speaker in speakers { try h.triple(V.wasAttributedTo, Self.nodeTerm(speaker)) }
        let articles = Self.articles(of: node.provenance)
        for article in articles { try h.triple(V.isPartOf, Self.articleTerm(article)) }
        for article in articles { try h.triple(V.wasQuotedFrom, Self.articleTerm(article)) }
        for index in outgoing.indices where outgoing[index].relation == .mentions {
            try h.triple(V.mentions, Self.nodeTerm(outgoing[index].target))
        }
    }

    private func emitClaim<H: RDFTripleHandler>(
        source: String, _ relation: String, target: String, _ provenance: [Provenance], _ support: Support,
        into h: inout H
    ) throws {
        let subject = RDFMappedTerm.name(.claim, .claim(source, relation, target))
        try h.subject(subject)
        try h.triple(V.type, V.rdfStatement)
        try h.triple(V.rdfSubject, Self.nodeTerm(source))
        try h.triple(V.rdfPredicate, V.relationProperty(relation))
        try h.triple(V.rdfObject, Self.nodeTerm(target))
        try emitSupport(support, provenance, into: &h)
        for article in Self.articles(of: provenance) {
            try h.triple(V.wasDerivedFrom, Self.articleTerm(article))
        }
        try emitMentions(of: .claim(source, relation, target), body: subject, provenance, into: &h)
    }

    /// `ng:mentionCount`, `ng:articleCount`, and the first and last dates where known.
    private func emitSupport<H: RDFTripleHandler>(_ support: Support, _ provenance: [Provenance], into h: inout H) throws {
        try h.triple(V.mentionCount, .integer(max(support.mentions, provenance.count)))
        try h.triple(V.articleCount, .integer(support.articles))
        if let first = support.firstDate { try h.triple(V.firstDate, .string(first)) }
        if let last = support.lastDate { try h.triple(V.lastDate, .string(last)) }
    }

    /// The Web Annotation of each provenance entry (see ``RDFTripleHandler/mention(of:body:index:_:)``).
    private func emitMentions<H: RDFTripleHandler>(
        of owner: RDFMentionOwner, body: RDFMappedTerm, _ provenance: [Provenance], into h: inout H
    ) throws {
        for (index, place) in provenance.enumerated() {
            try h.mention(of: owner, body: body, index: index, place)
        }
    }

    static func nodeTerm(_ id: String) -> RDFMappedTerm { .name(.node, .id(id)) }

    static func articleTerm(_ id: String) -> RDFMappedTerm { .name(.article, .id(id)) }

    /// The distinct articles of `provenance`, sorted (provenance is sorted by article first).
    static func articles(of provenance: [Provenance]) -> [String] {
        var out: [String] = []
        for place in provenance where out.last != place.article { out.append(place.article) }
        return out
    }

    /// Whether `url` starts with an RFC 3986 scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    static func hasScheme(_ url: String) -> Bool {
        var bytes = url.utf8.makeIterator()
        guard let first = bytes.next(), (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
        while let byte = bytes.next() {
            if byte == 0x3A { return true }
            let isSchemeByte = ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if !isSchemeByte { return false }
        }
        return false
    }
}

import NewsGraphCore
import NewsGraphText

/// Turns an annotated document into nodes and edges with provenance and adds
/// them to a graph builder.
///
/// Category words (`artillery rounds`) become nodes only where a relation
/// uses them. Node ids come from the label (``Identifier/make(_:_:)``), so the
/// same entity in many articles is one node; statement ids are
/// `statement.<article-slug>.<n>`.
struct GraphAssembler {
    /// Attributes that the extractor keeps for itself: the body a title implies, the place a directional region is of.
    static let internalAttributes: Set<String> = ["body", "within"]

    func add(_ document: AnnotatedDocument, to builder: inout GraphBuilder) {
        let article = document.document.article
        builder.add(article)
        var evidence = EvidenceCache(document: document.document)
        let used = Set(document.facts.flatMap { [$0.subject, $0.object] } + document.statements.flatMap { [$0.speaker] + $0.mentions + ($0.reportedBy.map { [$0] } ?? []) })
        var ids: [String: String] = [:]
        var nodes: [String: Node] = [:]
        for (key, entity) in document.entities where isNode(entity, document, used: used, key: key) {
            let id = Identifier.make(entity.type, entity.label)
            ids[key] = id
            nodes[key] = Node(
                id: id, type: entity.type, kind: entity.kind, label: entity.label, aliases: entity.aliases.sorted(),
                attributes: entity.attributes.filter { !Self.internalAttributes.contains($0.key) })
        }
        for sentence in document.mentions.indices {
            for mention in document.mentions[sentence] where nodes[mention.entity] != nil {
                nodes[mention.entity]?.provenance.append(evidence.provenance(article.id, sentence, mention.range))
            }
        }
        for key in nodes.keys.sorted() { if let node = nodes[key] { builder.add(node) } }
        for fact in document.facts {
            guard let source = ids[fact.subject], let target = ids[fact.object], source != target else { continue }
            builder.add(Edge(source: source, relation: fact.relation, target: target, provenance: [evidence.provenance(article.id, fact.sentence, fact.range)]))
        }
        addStatements(document, ids: ids, evidence: &evidence, to: &builder)
    }

    private func isNode(_ entity: Entity, _ document: AnnotatedDocument, used: Set<String>, key: String) -> Bool {
        let generic = document.mentions.joined().allSatisfy { $0.entity != key || $0.role == .generic }
        return !generic || used.contains(key)
    }

    private func addStatements(_ document: AnnotatedDocument, ids: [String: String], evidence: inout EvidenceCache, to builder: inout GraphBuilder) {
        let article = document.document.article
        let slug = article.id.hasPrefix("article.") ? String(article.id.dropFirst("article.".count)) : article.id
        for (n, statement) in document.statements.enumerated() {
            guard let speaker = ids[statement.speaker] else { continue }
            let id = "statement.\(Identifier.slug(slug)).\(n + 1)"
            let provenance = evidence.provenance(article.id, statement.sentence, statement.range)
            builder.add(Node(
                id: id, type: .statement, kind: statement.kind, label: Self.label(statement.text), text: statement.text,
                date: statement.date, provenance: [provenance]))
            builder.add(Edge(source: speaker, relation: .states, target: id, provenance: [provenance]))
            if let outlet = statement.reportedBy.flatMap({ ids[$0] }) {
                builder.add(Edge(source: id, relation: .reportedBy, target: outlet, provenance: [provenance]))
            }
            for key in Set(statement.mentions).sorted() {
                guard let target = ids[key], target != speaker else { continue }
                builder.add(Edge(source: id, relation: .mentions, target: target, provenance: [provenance]))
            }
        }
    }

    /// The first words of a statement, for its label.
    static func label(_ text: String) -> String {
        // More than twelve words need at least twelve spaces between them.
        if text.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count < 12 { return text }
        let words = text.split(separator: " ")
        return words.count <= 12 ? text : words.prefix(12).joined(separator: " ") + " …"
    }
}

/// Sentence texts made once per document, for provenance evidence.
struct EvidenceCache {
    let document: Document
    private var texts: [Int: String] = [:]

    init(document: Document) { self.document = document }

    mutating func provenance(_ article: String, _ sentence: Int, _ range: Range<Int>) -> Provenance {
        let text: String
        if let cached = texts[sentence] {
            text = cached
        } else {
            text = document.text(of: document.sentences[sentence])
            texts[sentence] = text
        }
        return Provenance(article: article, sentence: sentence, start: range.lowerBound, end: range.upperBound, evidence: text)
    }
}

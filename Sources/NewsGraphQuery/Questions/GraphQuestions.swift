import NewsGraphCore
import NewsGraphFormats

/// Answers plain questions over a ``Graph``: edges by subject, relation,
/// object, type and kind; neighbours; shortest paths; statements.
///
/// Answers are ``ResultTable``s of plain strings, written by ``ResultWriter``
/// with style `.plain`. With `evidence`, every row that rests on an edge or
/// statement repeats once per mention, with the sentence and the article.
///
///     let questions = GraphQuestions(graph)
///     let table = try questions.answer(.edges(EdgeQuestion(subject: "United States", relation: "supplies")))
///     // subject        relation  object   mentions
///     // United States  supplies  Patriot  2
public struct GraphQuestions: Sendable {
    public let graph: Graph
    let matcher: NameMatcher
    let adjacency: Adjacency
    /// How the article column names each article: its URL, else its source.
    let articleNames: [String: String]

    public init(_ graph: Graph) {
        self.graph = graph
        matcher = NameMatcher(graph)
        adjacency = Adjacency(graph)
        articleNames = Dictionary(graph.articles.map { ($0.id, $0.url ?? $0.source) }, uniquingKeysWith: { first, _ in first })
    }

    /// Answers `question`.
    ///
    /// - Throws: ``QuestionError`` for a name, relation, type or kind the graph does not know.
    public func answer(_ question: PlainQuestion, evidence: Bool = false) throws -> ResultTable {
        switch question {
        case .edges(let filter):
            filter.asksForNodes ? try nodes(filter, evidence: evidence) : try edges(filter, evidence: evidence)
        case .neighbors(let name, let depth): try neighbors(of: name, depth: depth, evidence: evidence)
        case .path(let from, let to, let limit): try paths(from: from, to: to, limit: limit, evidence: evidence)
        case .statements(let speaker): try statements(speaker: speaker, evidence: evidence)
        }
    }

    /// Edges matching every filter given.
    public func edges(_ question: EdgeQuestion, evidence: Bool = false) throws -> ResultTable {
        let subjects = try question.subject.map { Set(try matcher.nodes(named: $0)) }
        let objects = try question.object.map { Set(try matcher.nodes(named: $0)) }
        let relation = try question.relation.map(resolveRelation)
        let nodeFilter = try NodeFilter(graph, type: question.type, kind: question.kind)
        var rows = TableBuilder(columns: ["subject", "relation", "object", "mentions"], evidence: evidence)
        for edge in graph.edges where relation == nil || edge.relation == relation {
            guard let source = graph.position(of: edge.source), let target = graph.position(of: edge.target) else { continue }
            let orientations = edge.relation.isSymmetric ? [(source, target), (target, source)] : [(source, target)]
            for (from, to) in orientations where subjects?.contains(from) ?? true && objects?.contains(to) ?? true {
                guard nodeFilter.matches(from) || nodeFilter.matches(to) else { continue }
                let cells = [graph.nodes[from].label, edge.relation.rawValue, graph.nodes[to].label, String(edge.mentionCount)]
                rows.add(cells, provenance: edge.provenance, articles: articleNames)
                if subjects == nil && objects == nil { break }
            }
        }
        return rows.table
    }

    /// Nodes of a type and/or kind.
    func nodes(_ question: EdgeQuestion, evidence: Bool) throws -> ResultTable {
        let filter = try NodeFilter(graph, type: question.type, kind: question.kind)
        var rows = TableBuilder(columns: ["id", "label", "type", "kind", "aliases", "mentions"], evidence: evidence)
        for (position, node) in graph.nodes.enumerated() where filter.matches(position) {
            let cells = [node.id, node.label, node.type.rawValue, node.kind ?? "", node.aliases.joined(separator: "; "),
                         String(node.provenance.count)]
            rows.add(cells, provenance: node.provenance, articles: articleNames)
        }
        return rows.table
    }

    /// The relation named `name`, from the vocabulary or the graph.
    func resolveRelation(_ name: String) throws -> Relation {
        let known = Set(Relation.vocabulary.map(\.rawValue) + graph.edges.map(\.relation.rawValue))
        if let relation = Relation(rawValue: NameMatcher.key(name).replacingSpaces()), known.contains(relation.rawValue) {
            return relation
        }
        throw QuestionError(.unknownRelation, name, suggestion: NameMatcher.closest(to: name, in: known.sorted()))
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { String(map { $0 == " " || $0 == "-" ? "_" : $0 }) }
}

import NewsGraphCore

/// Keeps nodes of a type and/or kind, named case-insensitively.
struct NodeFilter {
    private var type: NodeType?
    private var kind: String?
    private let graph: Graph

    /// - Throws: ``QuestionError`` for a type or kind the graph does not use.
    init(_ graph: Graph, type: String?, kind: String?) throws {
        self.graph = graph
        if let type {
            let key = type.lowercased()
            guard let found = NodeType.allCases.first(where: { $0.rawValue.lowercased() == key || $0.idPrefix == key })
            else {
                throw QuestionError(.unknownType, type, suggestion: NameMatcher.closest(to: type, in: NodeType.allCases.map(\.rawValue)))
            }
            self.type = found
        }
        if let kind {
            let kinds = Set(graph.nodes.compactMap(\.kind))
            guard let found = kinds.first(where: { $0.lowercased() == kind.lowercased() }) else {
                throw QuestionError(.unknownKind, kind, suggestion: NameMatcher.closest(to: kind, in: kinds.sorted()))
            }
            self.kind = found
        }
    }

    func matches(_ position: Int) -> Bool {
        let node = graph.nodes[position]
        return (type == nil || node.type == type) && (kind == nil || node.kind == kind)
    }
}

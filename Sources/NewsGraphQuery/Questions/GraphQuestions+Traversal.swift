import NewsGraphCore
import NewsGraphFormats

extension GraphQuestions {
    /// Nodes within `depth` edges of the node(s) called `name`, either direction:
    /// one row per edge that reaches a new node, with the depth it reached.
    public func neighbors(of name: String, depth: Int = 1, evidence: Bool = false) throws -> ResultTable {
        guard depth >= 1 else { throw QuestionError(.invalidOption, "--depth must be at least 1, not \(depth)") }
        let start = try matcher.nodes(named: name)
        var visited = Set(start)
        var frontier = start
        var rows = TableBuilder(columns: ["depth", "subject", "relation", "object", "neighbor"], evidence: evidence)
        for level in 1...depth where !frontier.isEmpty {
            var next: [Int] = []
            var reachedNow: Set<Int> = []
            for node in frontier {
                for hop in adjacency.hops[node] where !visited.contains(hop.neighbor) || reachedNow.contains(hop.neighbor) {
                    if reachedNow.insert(hop.neighbor).inserted { next.append(hop.neighbor) }
                    let edge = graph.edges[hop.edge]
                    rows.add(cells(level, edge, graph.nodes[hop.neighbor].label), provenance: edge.provenance, articles: articleNames)
                }
            }
            visited.formUnion(next)
            frontier = next
        }
        return rows.table
    }

    private func cells(_ level: Int, _ edge: Edge, _ neighbor: String) -> [String] {
        [String(level), label(edge.source), edge.relation.rawValue, label(edge.target), neighbor]
    }

    func label(_ id: String) -> String { graph.node(id)?.label ?? id }

    /// Every shortest path (up to `limit`) between the nodes called `from`
    /// and `to`, traversing edges either way: one row per hop, with the
    /// edge's own direction (`->` along it, `<-` against it, `<->` for a
    /// symmetric relation such as `opposes`).
    public func paths(from: String, to: String, limit: Int = 10, evidence: Bool = false) throws -> ResultTable {
        guard limit >= 1 else { throw QuestionError(.invalidOption, "the path limit must be at least 1") }
        let sources = try matcher.nodes(named: from)
        let targets = Set(try matcher.nodes(named: to))
        let found = PathFinder(adjacency: adjacency).shortestPaths(from: sources, to: targets, limit: limit)
        var rows = TableBuilder(columns: ["path", "step", "from", "relation", "direction", "to"], evidence: evidence)
        for (number, path) in found.enumerated() {
            for (step, hop) in path.enumerated() {
                let edge = graph.edges[hop.edge]
                let (here, there) = hop.outgoing ? (edge.source, edge.target) : (edge.target, edge.source)
                let cells = [String(number + 1), String(step + 1), label(here), edge.relation.rawValue,
                             edge.relation.isSymmetric ? "<->" : (hop.outgoing ? "->" : "<-"), label(there)]
                rows.add(cells, provenance: edge.provenance, articles: articleNames)
            }
        }
        return rows.table
    }

    /// Statements with their speakers (sources of `states` edges), optionally
    /// only those of the speaker called `speaker`.
    public func statements(speaker: String? = nil, evidence: Bool = false) throws -> ResultTable {
        let wanted = try speaker.map { Set(try matcher.nodes(named: $0)) }
        var speakers: [String: [String]] = [:]
        for edge in graph.edges where edge.relation == .states { speakers[edge.target, default: []].append(edge.source) }
        var rows = TableBuilder(columns: ["speaker", "statement", "kind", "date"], evidence: evidence)
        for node in graph.nodes where node.type == .statement {
            let saidBy = speakers[node.id] ?? []
            let shown = wanted.map { set in saidBy.filter { graph.position(of: $0).map(set.contains) ?? false } } ?? saidBy
            if wanted != nil && shown.isEmpty { continue }
            let cells = [shown.map(label).joined(separator: "; "), node.text ?? node.label, node.kind ?? "", node.date ?? ""]
            rows.add(cells, provenance: node.provenance, articles: articleNames)
        }
        return rows.table
    }
}

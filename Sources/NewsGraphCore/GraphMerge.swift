/// Joins graphs built from distinct articles into the graph that one run
/// over all their articles gives.
///
/// Merging is associative and commutative: any grouping and any order of
/// the same graphs gives an equal graph, and so byte-identical files. Nodes
/// with the same id become one (``Node/merge(_:)``), edges with the same
/// ends and relation become one; supports add up, so article and mention
/// counts stay exact even where provenance was capped; provenance lists are
/// joined, sorted, and cut again to `maxEvidence` (the first records in
/// sorted order, which is the same cut whatever the grouping).
///
/// Graphs are added one at a time, so only the merged graph is held. A graph
/// equal to one added before (the same file in another format) adds
/// nothing; any other graph that shares an article with an earlier one is
/// refused, since that article's mentions would count twice.
///
///     var merge = GraphMerge()
///     try merge.add(monday, from: "monday.json")
///     try merge.add(tuesday, from: "tuesday.graphml")
///     let week = try merge.result()
public struct GraphMerge: Sendable {
    private var builder = GraphBuilder()
    private let maxEvidence: Int?
    /// For each article added, where it came from and the graph it came in.
    private var owners: [String: (name: String, graph: Int)] = [:]
    private var fingerprints: [Int] = []
    private var count = 0
    private var only: Graph?

    /// - Parameter maxEvidence: where given, the most provenance records kept per node and edge.
    public init(maxEvidence: Int? = nil) {
        self.maxEvidence = maxEvidence
    }

    /// Adds `graph`, read from `name` (named in errors).
    ///
    /// - Throws: ``GraphError`` with code `sharedArticle` when the graph
    ///   shares an article with an earlier, different one.
    public mutating func add(_ graph: Graph, from name: String) throws {
        let fingerprint = graph.hashValue
        if let first = graph.articles.first, let owner = owners[first.id],
            fingerprints[owner.graph] == fingerprint, graph.articles.allSatisfy({ owners[$0.id]?.graph == owner.graph })
        {
            return
        }
        for article in graph.articles {
            if let owner = owners[article.id] {
                throw GraphError(.sharedArticle, "'\(article.id)' ('\(owner.name)' and '\(name)')")
            }
        }
        for article in graph.articles { owners[article.id] = (name, fingerprints.count) }
        fingerprints.append(fingerprint)
        only = count == 0 ? graph : nil
        count += 1
        builder.add(graph)
    }

    /// The merged graph.
    public func result() throws -> Graph {
        if let only, maxEvidence == nil { return only }
        return try builder.build(maxEvidence: maxEvidence)
    }

    /// The merge of `graphs`, in one call.
    public static func merge(_ graphs: [Graph], maxEvidence: Int? = nil) throws -> Graph {
        var merge = GraphMerge(maxEvidence: maxEvidence)
        for (number, graph) in graphs.enumerated() { try merge.add(graph, from: "graph \(number + 1)") }
        return try merge.result()
    }
}

import NewsGraphCore
import NewsGraphFormats

/// The triples of a graph's RDF view (``RDFMapping``), produced a slice of
/// edges at a time so that a large graph never holds all its triples at once.
///
/// Each chunk is a small graph: a run of edges with the nodes they join (the
/// first chunk also has the articles; a last run of chunks has the nodes no
/// edge touches). ``RDFMapping`` describes each resource from the resource
/// and its own edges, so the union of the chunks' triples is the whole
/// view; a triple may come twice (a node in two chunks), which a store
/// keeps once.
struct ChunkedRDFMapping {
    var edgesPerChunk = 50_000

    func forEachTriple(of graph: Graph, _ body: (Triple) throws -> Void) throws {
        let mapping = RDFMapping()
        if graph.edges.count <= edgesPerChunk {
            for triple in mapping.triples(graph) { try body(triple) }
            return
        }
        var covered = [Bool](repeating: false, count: graph.nodes.count)
        var start = 0
        while start < graph.edges.count {
            let edges = Array(graph.edges[start..<min(start + edgesPerChunk, graph.edges.count)])
            var positions = Set<Int>()
            for edge in edges {
                if let source = graph.position(of: edge.source) { positions.insert(source) }
                if let target = graph.position(of: edge.target) { positions.insert(target) }
            }
            for position in positions { covered[position] = true }
            let chunk = try Graph(articles: start == 0 ? graph.articles : [], nodes: positions.map { graph.nodes[$0] }, edges: edges)
            for triple in mapping.triples(chunk) { try body(triple) }
            start += edgesPerChunk
        }
        let rest = graph.nodes.indices.filter { !covered[$0] }
        var from = 0
        while from < rest.count {
            let nodes = rest[from..<min(from + edgesPerChunk, rest.count)].map { graph.nodes[$0] }
            for triple in mapping.triples(try Graph(articles: [], nodes: nodes, edges: [])) { try body(triple) }
            from += edgesPerChunk
        }
    }
}

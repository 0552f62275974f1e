/// All shortest paths between two sets of nodes, by breadth-first search
/// over edges in both directions.
struct PathFinder {
    let adjacency: Adjacency

    /// Up to `limit` shortest paths from any of `sources` to any of
    /// `targets`, each a list of hops; sorted by the positions they pass.
    func shortestPaths(from sources: [Int], to targets: Set<Int>, limit: Int) -> [[Adjacency.Hop]] {
        var distance: [Int: Int] = [:]
        var predecessors: [Int: [(from: Int, hop: Adjacency.Hop)]] = [:]
        var frontier = sources
        for source in sources { distance[source] = 0 }
        if sources.contains(where: targets.contains) { return [] }
        var level = 0
        var reached: [Int] = []
        while !frontier.isEmpty && reached.isEmpty {
            level += 1
            var next: [Int] = []
            for node in frontier {
                for hop in adjacency.hops[node] {
                    let seen = distance[hop.neighbor]
                    if seen == nil {
                        distance[hop.neighbor] = level
                        next.append(hop.neighbor)
                    }
                    if seen == nil || seen == level { predecessors[hop.neighbor, default: []].append((node, hop)) }
                }
            }
            reached = next.filter(targets.contains).sorted()
            frontier = next
        }
        var paths: [[Adjacency.Hop]] = []
        for target in reached {
            collect(target, suffix: [], predecessors, &paths, limit: limit)
            if paths.count >= limit { break }
        }
        return paths
    }

    /// Walks predecessors back to a source, prepending hops.
    private func collect(
        _ node: Int, suffix: [Adjacency.Hop], _ predecessors: [Int: [(from: Int, hop: Adjacency.Hop)]],
        _ paths: inout [[Adjacency.Hop]], limit: Int
    ) {
        guard paths.count < limit else { return }
        guard let steps = predecessors[node] else {
            paths.append(suffix)
            return
        }
        for step in steps {
            // The hop as seen from the earlier node: its neighbor is `node`.
            let forward = Adjacency.Hop(edge: step.hop.edge, neighbor: node, outgoing: step.hop.outgoing)
            collect(step.from, suffix: [forward] + suffix, predecessors, &paths, limit: limit)
        }
    }
}

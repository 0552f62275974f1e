import NewsGraphCore

/// Writes a graph as a Graphviz DOT digraph that renders without warnings.
///
/// Every ID is double-quoted and escaped (``DOTEscaping``); nodes are shaped
/// and coloured by type and kind, edges coloured by relation group
/// (``DOTStyle``); a legend is drawn as a cluster. Long labels are cut for
/// display, the full text stays in the tooltip. Above `largeGraphThreshold`
/// nodes the graph asks for `sfdp` with `overlap=prism`, `splines=false`,
/// `outputorder=edgesfirst`, and edge labels move to tooltips: `dot` does
/// not finish on graphs that size.
///
///     digraph "newsgraph" {
///       "actor.israel" [label="Israel", shape="box", ...];
///       "actor.united-states" -> "actor.israel" [label="arms", color="#3182bd", ...];
///     }
public struct DOTWriter: Sendable {
    /// Graphs with more nodes than this are laid out with `sfdp`.
    public let largeGraphThreshold: Int
    /// Labels longer than this many characters are cut (with `…`).
    public let labelLength: Int
    /// Whether to draw the legend cluster.
    public let legend: Bool

    /// - Parameters:
    ///   - largeGraphThreshold: from how many nodes on to ask for `sfdp`
    ///     (values below 0 count as 0).
    ///   - labelLength: the longest label drawn, in characters (at least 8).
    ///   - legend: whether to draw the legend cluster.
    public init(largeGraphThreshold: Int = 300, labelLength: Int = 48, legend: Bool = true) {
        self.largeGraphThreshold = max(largeGraphThreshold, 0)
        self.labelLength = max(labelLength, 8)
        self.legend = legend
    }

    /// Writes `graph` to `sink` and flushes it.
    public func write(_ graph: Graph, to sink: ByteSink) throws {
        var emitter = DOTEmitter(
            sink, labelLength: labelLength, large: graph.nodes.count > largeGraphThreshold, legend: legend)
        try emitter.write(graph)
    }
}

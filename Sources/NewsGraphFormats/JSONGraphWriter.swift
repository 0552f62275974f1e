import NewsGraphCore

/// Writes a graph as JSON Graph Format v2, the format `score.py` reads.
///
///     {
///       "graph": {
///         "directed": true,
///         "type": "newsgraph",
///         "metadata": {"generator": "newsgraph", "articles": [{"id": …, "source": …, "title": …}]},
///         "nodes": {
///           "actor.israel": {
///             "label": "Israel",
///             "metadata": {
///               "type": "Actor",
///               "kind": "Country",
///               "aliases": ["Israeli"],
///               "mentions": 1,
///               "provenance": [
///                 {"article": "article.x", "sentence": 0, "start": 46, "end": 52, "evidence": "…"}
///               ]
///             }
///           }
///         },
///         "edges": [
///           {
///             "id": "actor.united-states:arms:actor.israel",
///             "source": "actor.united-states",
///             "target": "actor.israel",
///             "relation": "arms",
///             "metadata": {"mentions": 1, "provenance": […]}
///           }
///         ]
///       }
///     }
///
/// Node metadata holds `type`, then where present `kind`, always `aliases`,
/// then where present `text`, `date` and `attributes` (an object from key to
/// value, or to an array of values when a key repeats), then `mentions` and
/// `provenance`. `"edges"` is always written (a graph without it is invalid
/// against the JGF v2 schema). Keys come in this fixed order, nodes by id,
/// edges by (source, relation, target): the same graph gives the same bytes.
/// Offsets in `provenance` are Unicode code points (see ``Provenance``).
public struct JSONGraphWriter: Sendable {
    public init() {}

    /// Writes `graph` to `sink` and flushes it.
    public func write(_ graph: Graph, to sink: ByteSink) throws {
        var emitter = JSONGraphEmitter(sink)
        try emitter.write(graph)
    }
}

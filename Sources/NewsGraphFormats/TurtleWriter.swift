import NewsGraphCore

/// Writes a graph as RDF 1.1 Turtle: the triples of ``RDFMapping``, streamed.
///
/// The document declares every prefix of ``RDFNamespace``, then one block
/// per subject:
///
///     ngr:actor.israel a ng:Actor ;
///         ng:kind "Country" ;
///         rdfs:label "Israel" ;
///         ng:alias "Israeli" ;
///         ng:mentionCount 1 .
///
/// Strings use `"…"` with the escapes of ``TurtleEscaping``; an IRI is
/// written `prefix:local` only when the local name is plainly safe, else as
/// `<…>`. No blank nodes; the same graph gives the same bytes.
public struct TurtleWriter: Sendable {
    public init() {}

    /// Writes `graph` to `sink` and flushes it.
    public func write(_ graph: Graph, to sink: ByteSink) throws {
        var emitter = TurtleEmitter(sink)
        try RDFMapping().emit(graph, into: &emitter)
        try emitter.finish()
    }
}

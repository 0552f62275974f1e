import LibXML
import NewsGraphCore

/// Writes a graph as GraphML, streaming, through libxml2's xmlTextWriter.
///
/// The file reads back losslessly with ``GraphMLReader`` (write → read →
/// write gives the same bytes) and loads in networkx, igraph, Gephi, yEd and
/// Cytoscape. Every string is first reduced to the characters XML 1.0 allows
/// (others become U+FFFD), and the graph sorted again after that, so that a
/// form feed in an article id gives the file that reading and writing it
/// again gives.
///
/// Keys (`attr.name`, with the key id in brackets):
/// - graph: `articles` [`g_articles`]: a JSON list of article objects
///   (`id`, `source`, then `title`, `publisher`, `author`, `date`, `url` when known);
/// - node: `label` [`label`], `type` [`n_type`: Actor, WeaponSystem, Place,
///   Statement], `kind`, `aliases` (a JSON list of strings), `text`, `date`,
///   `attr_<key>` for each node attribute [`n_attr_<key>`];
/// - edge: `relation` [`e_relation`] and `label` [`e_label`], both the relation;
/// - node and edge provenance [`n_…`, `e_…`]: `article`, `sentence`,
///   `char_start`, `char_end` (Unicode scalars, half-open), `evidence` for the
///   first record; `mentions` (int) = the number of records; `more_provenance`,
///   a JSON list of the records after the first (objects with the same names).
///
/// Node ids are ``Node/id``; edge ids ``Edge/id`` (`source:relation:target`).
/// An empty kind, text, date or attribute value is written as none (and read
/// back as none).
///
///     try GraphMLWriter(flavor: .plain).write(graph, to: ByteSink.standardOutput())
public struct GraphMLWriter: Sendable {
    public let flavor: GraphMLFlavor
    /// Whether elements go on their own, indented lines.
    public let indent: Bool

    public init(flavor: GraphMLFlavor = .plain, indent: Bool = true) {
        self.flavor = flavor
        self.indent = indent
    }

    /// Writes `graph` to `sink` and flushes it.
    ///
    /// - Throws: ``OutputError`` when the sink cannot write; `XMLError` when libxml2 fails.
    public func write(_ graph: Graph, to sink: ByteSink) throws {
        let xml = try XMLWriter(indent: indent) { bytes in
            try sink.write(bytes.assumingMemoryBound(to: UInt8.self))
        }
        let graph = graph.containsText(where: XMLCharacters.needsReduction)
            ? try graph.mappingText(XMLCharacters.reduced) : graph
        let emitter = GraphMLEmitter(xml: xml, plan: GraphMLKeyPlan(graph), flavor: flavor)
        try emitter.emit(graph)
        try sink.flush()
    }
}

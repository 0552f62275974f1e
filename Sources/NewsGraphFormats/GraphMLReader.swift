import LibXML
import NewsGraphCore

/// Reads GraphML into a graph, streaming, through libxml2's xmlTextReader.
///
/// Reads back everything ``GraphMLWriter`` writes (both flavours), and
/// GraphML from other tools whose nodes have `type` data (Actor,
/// WeaponSystem, Place, Statement) and a `label` (else `name`, else the id).
/// Keys are matched by `attr.name`; other node keys become attributes, other
/// edge keys are ignored; edges without `relation`/`label` are `related_to`;
/// ids outside `[A-Za-z0-9._-]` are made valid (``Identifier/sanitize(_:)``).
///
/// The XML is read safely: no network, no entity expansion, any DOCTYPE
/// refused. Every problem is a ``GraphMLReadError`` with file and line.
///
///     let graph = try GraphMLReader().read(file: "graph.graphml")
public struct GraphMLReader: Sendable {
    public init() {}

    /// Reads the GraphML file at `path`.
    public func read(file path: String) throws -> Graph {
        try translatingXMLErrors(file: path) {
            try XMLReader.withFile(path) { try GraphMLParser(file: path).graph(from: $0) }
        }
    }

    /// Reads GraphML held in memory; `name` is used in errors.
    public func read(bytes: [UInt8], name: String = "<graphml>") throws -> Graph {
        try translatingXMLErrors(file: name) {
            try XMLReader.withBytes(bytes, name: name) { try GraphMLParser(file: name).graph(from: $0) }
        }
    }

    private func translatingXMLErrors(file: String, _ body: () throws -> Graph) throws -> Graph {
        do {
            return try body()
        } catch let error as XMLError {
            throw GraphMLReadError(error, file: file)
        }
    }
}

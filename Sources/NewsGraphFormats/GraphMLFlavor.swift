/// Which GraphML dialect ``GraphMLWriter`` writes.
public enum GraphMLFlavor: String, CaseIterable, Sendable {
    /// Plain GraphML 1.1: valid against the official schema; what networkx,
    /// igraph, Gephi and Cytoscape read.
    case plain
    /// Plain GraphML plus yFiles graphics (`y:ShapeNode` with a label, shape
    /// and colour per node type, `y:PolyLineEdge` with the relation as label),
    /// so that the file opens in yEd ready to look at (run a layout there).
    /// It no longer validates against the plain schema, but stays well-formed
    /// and readable by networkx and by ``GraphMLReader``.
    case yed
}

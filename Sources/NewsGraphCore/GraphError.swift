/// Why a set of nodes and edges is not a graph.
public struct GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case duplicateNode = "duplicate node id"
        case danglingEdge = "edge to a missing node"
        case invalidID = "invalid node id"
        case sharedArticle = "article in two graphs"
    }

    public var code: Code
    /// The node id, edge id or article id concerned.
    public var subject: String

    public init(_ code: Code, _ subject: String) {
        self.code = code
        self.subject = subject
    }

    public var description: String {
        switch code {
        case .duplicateNode: "two nodes have the id '\(subject)'; each node needs its own id"
        case .danglingEdge: "edge '\(subject)' points at a node that is not in the graph"
        case .invalidID: "node id '\(subject)' may only hold letters, digits, '.', '-' and '_'"
        case .sharedArticle:
            "article \(subject) is in two of the graphs; its mentions would count twice, so merge graphs of distinct articles"
        }
    }
}

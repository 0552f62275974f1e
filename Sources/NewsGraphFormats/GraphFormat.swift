/// The file formats newsgraph writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    case graphml
    case turtle
    case dot
    case json

    /// The format a file name's extension implies (`.graphml`, `.ttl`,
    /// `.dot`/`.gv`, `.json`), or nil.
    ///
    ///     GraphFormat(path: "out/graph.ttl")  // .turtle
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "graphml", "xml": self = .graphml
        case "ttl", "turtle": self = .turtle
        case "dot", "gv": self = .dot
        case "json", "jgf": self = .json
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .turtle: "ttl"
        case .dot: "dot"
        case .json: "json"
        }
    }
}

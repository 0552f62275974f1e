import LibXML

/// Why a GraphML file could not be read, and where.
///
///     graph.graphml:41:5: edge 'a:arms:b' (line 41) points at node 'b', which the file never declares; ...
public struct GraphMLReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The file could not be opened, or is empty.
        case input
        /// Not well-formed XML.
        case malformedXML
        /// A DOCTYPE: refused (entity expansion, external entities).
        case doctype
        /// A node has no type, or one newsgraph does not know.
        case nodeType
        /// An edge names a node the file does not declare.
        case danglingEdge
        /// Two nodes, two edges or two keys share an id.
        case duplicateID
        /// `<data>` names a key that was never declared.
        case undeclaredKey
        /// A value that does not fit its key (an int that is not a number, bad JSON).
        case badValue
        /// Something valid in GraphML that newsgraph cannot represent (hyperedges),
        /// or a required attribute missing.
        case unsupported
    }

    public var code: Code
    public var file: String
    /// From 1; 0 when unknown.
    public var line: Int
    /// From 1; 0 when unknown.
    public var column: Int
    public var message: String

    public init(_ code: Code, file: String, line: Int, column: Int = 0, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Keeps the place of an XML error.
    init(_ error: XMLError, file: String) {
        let code: Code =
            switch error.code {
            case .doctype: .doctype
            case .input: .input
            default: .malformedXML
            }
        self.init(code, file: error.file ?? file, line: error.line, column: error.column, error.message)
    }

    /// `file:line:column: message`, leaving out what is unknown.
    public var description: String {
        var place = file
        if line > 0 { place += ":\(line)" }
        if line > 0 && column > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
